using System.Security.Cryptography;

namespace StorjTui.Storj.Grants;

/// <summary>
/// Storj's macaroon (the bytes of an API key): a head, first-party caveats and a tail signature.
/// <c>tail = HMAC-SHA256(secret, head)</c>, and each caveat chains <c>tail' = HMAC-SHA256(tail, caveat)</c>,
/// so a holder can add caveats without the secret. Immutable; every accessor returns copies.
/// </summary>
public sealed class Macaroon
{
    private readonly byte[] _head;
    private readonly byte[][] _caveats;
    private readonly byte[] _tail;

    private Macaroon(byte[] head, byte[][] caveats, byte[] tail)
    {
        _head = head;
        _caveats = caveats;
        _tail = tail;
    }

    /// <summary>The head (the key id chosen by the satellite; 32 random bytes for real keys).</summary>
    public byte[] Head => (byte[])_head.Clone();

    /// <summary>The raw caveat bytes, oldest first.</summary>
    public IReadOnlyList<byte[]> Caveats => Array.ConvertAll(_caveats, c => (byte[])c.Clone());

    /// <summary>The current signature (32 bytes).</summary>
    public byte[] Tail => (byte[])_tail.Clone();

    /// <summary>Creates a macaroon with no caveats, signed with <paramref name="secret"/>.</summary>
    public static Macaroon NewUnrestricted(byte[] head, byte[] secret)
    {
        ArgumentNullException.ThrowIfNull(head);
        ArgumentNullException.ThrowIfNull(secret);
        return new Macaroon((byte[])head.Clone(), [], HMACSHA256.HashData(secret, head));
    }

    /// <summary>Returns a copy with <paramref name="caveat"/> appended and the tail chained over it.</summary>
    public Macaroon AddFirstPartyCaveat(byte[] caveat)
    {
        ArgumentNullException.ThrowIfNull(caveat);
        var caveats = new byte[_caveats.Length + 1][];
        Array.Copy(_caveats, caveats, _caveats.Length);
        caveats[^1] = (byte[])caveat.Clone();
        return new Macaroon(_head, caveats, HMACSHA256.HashData(_tail, caveat));
    }

    /// <summary>True when the whole chain, from the head through every caveat, was signed with <paramref name="secret"/>.</summary>
    public bool Verify(ReadOnlySpan<byte> secret) => CryptographicOperations.FixedTimeEquals(ChainFrom(HMACSHA256.HashData(secret, _head), 0), _tail);

    /// <summary>
    /// True when this macaroon extends <paramref name="parent"/>: same head, the parent's caveats first,
    /// and the tail chained from the parent's tail over the added caveats.
    /// </summary>
    public bool Extends(Macaroon parent)
    {
        ArgumentNullException.ThrowIfNull(parent);
        if (!_head.AsSpan().SequenceEqual(parent._head) || _caveats.Length < parent._caveats.Length)
        {
            return false;
        }

        for (var i = 0; i < parent._caveats.Length; i++)
        {
            if (!_caveats[i].AsSpan().SequenceEqual(parent._caveats[i]))
            {
                return false;
            }
        }

        return CryptographicOperations.FixedTimeEquals(ChainFrom(parent._tail, parent._caveats.Length), _tail);
    }

    /// <summary>Serializes to Storj's binary format (version 2; no location or verification-id packets).</summary>
    public byte[] Serialize()
    {
        var output = new List<byte> { Version };
        AppendPacket(output, PacketIdentifier, _head);
        output.Add(0);
        foreach (var caveat in _caveats)
        {
            AppendPacket(output, PacketIdentifier, caveat);
            output.Add(0);
        }

        output.Add(0);
        AppendPacket(output, PacketSignature, _tail);
        return [.. output];
    }

    /// <summary>
    /// Parses Storj's binary macaroon format. A location packet may precede an identifier and a caveat may
    /// carry a verification-id packet; both are accepted and dropped, as Storj does.
    /// Throws <see cref="InvalidMacaroonException"/> for anything else that is wrong.
    /// </summary>
    public static Macaroon Parse(ReadOnlySpan<byte> data)
    {
        if (data.Length < 2)
        {
            throw new InvalidMacaroonException("macaroon is empty or truncated");
        }

        if (data[0] != Version)
        {
            throw new InvalidMacaroonException($"unsupported macaroon version {data[0]}");
        }

        var rest = data[1..];
        var section = ReadSection(ref rest);
        var start = section.Count > 0 && section[0].Type == PacketLocation ? 1 : 0;
        if (section.Count - start != 1 || section[start].Type != PacketIdentifier)
        {
            throw new InvalidMacaroonException("macaroon header is malformed");
        }

        var head = section[start].Data;
        var caveats = new List<byte[]>();
        while (true)
        {
            section = ReadSection(ref rest);
            if (section.Count == 0)
            {
                break;
            }

            start = section[0].Type == PacketLocation ? 1 : 0;
            if (section.Count == start || section[start].Type != PacketIdentifier)
            {
                throw new InvalidMacaroonException("a caveat has no identifier");
            }

            var extra = section.Count - start - 1;
            if (extra > 1)
            {
                throw new InvalidMacaroonException("a caveat has extra fields");
            }

            if (extra == 1 && section[start + 1].Type != PacketVerificationId)
            {
                throw new InvalidMacaroonException("a caveat has an invalid field");
            }

            caveats.Add(section[start].Data);
        }

        var signature = ReadPacket(ref rest);
        if (signature.Type != PacketSignature)
        {
            throw new InvalidMacaroonException("the signature is missing");
        }

        if (signature.Data.Length != 32)
        {
            throw new InvalidMacaroonException("the signature has the wrong length");
        }

        return new Macaroon(head, [.. caveats], signature.Data);
    }

    private const byte Version = 2;
    private const int PacketEnd = 0;
    private const int PacketLocation = 1;
    private const int PacketIdentifier = 2;
    private const int PacketVerificationId = 4;
    private const int PacketSignature = 6;

    private byte[] ChainFrom(byte[] tail, int firstCaveat)
    {
        for (var i = firstCaveat; i < _caveats.Length; i++)
        {
            tail = HMACSHA256.HashData(tail, _caveats[i]);
        }

        return tail;
    }

    private static void AppendPacket(List<byte> output, int type, byte[] data)
    {
        AppendVarint(output, (uint)type);
        AppendVarint(output, (uint)data.Length);
        output.AddRange(data);
    }

    private static void AppendVarint(List<byte> output, uint value)
    {
        while (value >= 0x80)
        {
            output.Add((byte)(value | 0x80));
            value >>= 7;
        }

        output.Add((byte)value);
    }

    private readonly record struct Packet(int Type, byte[] Data);

    // A section is a run of packets with strictly increasing types, ended by a type-0 byte.
    private static List<Packet> ReadSection(ref ReadOnlySpan<byte> data)
    {
        var packets = new List<Packet>();
        var previous = -1;
        while (true)
        {
            if (data.IsEmpty)
            {
                throw new InvalidMacaroonException("macaroon is truncated (a section is not closed)");
            }

            var packet = ReadPacket(ref data);
            if (packet.Type == PacketEnd)
            {
                return packets;
            }

            if (packet.Type <= previous)
            {
                throw new InvalidMacaroonException("macaroon fields are out of order");
            }

            packets.Add(packet);
            previous = packet.Type;
        }
    }

    private static Packet ReadPacket(ref ReadOnlySpan<byte> data)
    {
        var type = ReadVarint(ref data);
        if (type == PacketEnd)
        {
            return new Packet(PacketEnd, []);
        }

        var length = ReadVarint(ref data);
        if (length > data.Length)
        {
            throw new InvalidMacaroonException("a macaroon packet extends past the end (truncated)");
        }

        var packet = new Packet(type, data[..length].ToArray());
        data = data[length..];
        return packet;
    }

    // Storj accepts unsigned varints up to 2^31-1 and rejects anything longer or larger.
    private static int ReadVarint(ref ReadOnlySpan<byte> data)
    {
        ulong value = 0;
        for (var i = 0; i < 10 && i < data.Length; i++)
        {
            var b = data[i];
            if (i == 9 && b > 1)
            {
                break;
            }

            value |= (ulong)(b & 0x7f) << (7 * i);
            if (b < 0x80)
            {
                if (value > int.MaxValue)
                {
                    break;
                }

                data = data[(i + 1)..];
                return (int)value;
            }
        }

        throw new InvalidMacaroonException("a macaroon number is malformed or truncated");
    }
}
