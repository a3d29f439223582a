using System.Security.Cryptography;

namespace StorjTui.Storj.Grants;

/// <summary>
/// Base58check with the Bitcoin alphabet, as Storj writes grants and API keys:
/// <c>base58(version ‖ payload ‖ sha256(sha256(version ‖ payload))[0..4])</c>.
/// </summary>
public static class Base58Check
{
    /// <summary>
    /// The longest text decoded. Real grants and keys are a few hundred characters (a few KB with many caveats);
    /// decoding takes time growing with the square of the length, so anything far longer is refused unread.
    /// </summary>
    public const int MaxTextLength = 16 * 1024;

    private const string Alphabet = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
    private static readonly sbyte[] Digits = BuildDigits();

    /// <summary>Encodes <paramref name="payload"/> with a version byte and a 4-byte checksum.</summary>
    public static string Encode(byte version, ReadOnlySpan<byte> payload)
    {
        var data = new byte[1 + payload.Length + 4];
        data[0] = version;
        payload.CopyTo(data.AsSpan(1));
        Checksum(data.AsSpan(0, 1 + payload.Length)).CopyTo(data.AsSpan(1 + payload.Length));
        return EncodePlain(data);
    }

    /// <summary>
    /// Decodes base58check text into its payload and version byte.
    /// Throws <see cref="InvalidBase58Exception"/> for a character outside the alphabet, text too short to
    /// hold a version and checksum, a checksum mismatch, or text longer than <see cref="MaxTextLength"/>.
    /// </summary>
    public static byte[] Decode(string text, out byte version)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length > MaxTextLength)
        {
            throw new InvalidBase58Exception($"too long: {text.Length} characters, more than the {MaxTextLength} a Storj grant or key can have — is this the right text?");
        }

        var data = DecodePlain(text);
        if (data.Length < 5)
        {
            throw new InvalidBase58Exception("too short: the version byte and checksum are missing — the text was probably truncated");
        }

        var body = data.AsSpan(0, data.Length - 4);
        if (!Checksum(body).SequenceEqual(data.AsSpan(data.Length - 4)))
        {
            throw new InvalidBase58Exception("checksum mismatch — the text was probably truncated or mistyped");
        }

        version = data[0];
        return body[1..].ToArray();
    }

    private static byte[] Checksum(ReadOnlySpan<byte> data)
    {
        Span<byte> first = stackalloc byte[32];
        SHA256.HashData(data, first);
        var second = SHA256.HashData(first);
        return second[..4];
    }

    // 58^5 fits in 32 bits, so both directions work five base-58 digits at a time on 32-bit limbs.
    private const uint FiveDigits = 58 * 58 * 58 * 58 * 58;

    private static string EncodePlain(ReadOnlySpan<byte> data)
    {
        var zeros = 0;
        while (zeros < data.Length && data[zeros] == 0)
        {
            zeros++;
        }

        // Big-endian 32-bit limbs of the number.
        var rest = data[zeros..];
        var limbs = new uint[(rest.Length + 3) / 4];
        var first = rest.Length % 4 == 0 ? 4 : rest.Length % 4;
        for (int i = 0, limb = 0, take = first; i < rest.Length; limb++, take = 4)
        {
            uint value = 0;
            for (var k = 0; k < take; k++, i++)
            {
                value = (value << 8) | rest[i];
            }

            limbs[limb] = value;
        }

        var digits = new List<char>(rest.Length * 138 / 100 + 5);
        var start = 0;
        while (start < limbs.Length)
        {
            ulong remainder = 0;
            for (var i = start; i < limbs.Length; i++)
            {
                var current = (remainder << 32) | limbs[i];
                limbs[i] = (uint)(current / FiveDigits);
                remainder = current % FiveDigits;
            }

            while (start < limbs.Length && limbs[start] == 0)
            {
                start++;
            }

            for (var k = 0; k < 5; k++)
            {
                digits.Add(Alphabet[(int)(remainder % 58)]);
                remainder /= 58;
            }
        }

        // Digits were produced least significant first; drop the padding zeros of the last group.
        while (digits.Count > 0 && digits[^1] == '1')
        {
            digits.RemoveAt(digits.Count - 1);
        }

        var chars = new char[zeros + digits.Count];
        chars.AsSpan(0, zeros).Fill('1');
        for (var i = 0; i < digits.Count; i++)
        {
            chars[zeros + i] = digits[digits.Count - 1 - i];
        }

        return new string(chars);
    }

    private static byte[] DecodePlain(string text)
    {
        var ones = 0;
        while (ones < text.Length && text[ones] == '1')
        {
            ones++;
        }

        // Little-endian 32-bit limbs; multiply-and-add a group of up to five digits at a time.
        var limbs = new uint[(text.Length - ones) / 5 + 2];
        var used = 0;
        var position = ones;
        while (position < text.Length)
        {
            uint multiplier = 1, addend = 0;
            for (var k = 0; k < 5 && position < text.Length; k++, position++)
            {
                var c = text[position];
                var digit = c < 128 ? Digits[c] : -1;
                if (digit < 0)
                {
                    throw new InvalidBase58Exception($"not base58: character {position + 1} is outside the base58 alphabet");
                }

                multiplier *= 58;
                addend = addend * 58 + (uint)digit;
            }

            ulong carry = addend;
            for (var i = 0; i < used; i++)
            {
                var current = (ulong)limbs[i] * multiplier + carry;
                limbs[i] = (uint)current;
                carry = current >> 32;
            }

            if (carry != 0)
            {
                limbs[used++] = (uint)carry;
            }
        }

        var bytes = new List<byte>(used * 4);
        for (var i = used - 1; i >= 0; i--)
        {
            bytes.Add((byte)(limbs[i] >> 24));
            bytes.Add((byte)(limbs[i] >> 16));
            bytes.Add((byte)(limbs[i] >> 8));
            bytes.Add((byte)limbs[i]);
        }

        var skip = 0;
        while (skip < bytes.Count && bytes[skip] == 0)
        {
            skip++;
        }

        var result = new byte[ones + bytes.Count - skip];
        for (var i = skip; i < bytes.Count; i++)
        {
            result[ones + i - skip] = bytes[i];
        }

        return result;
    }

    private static sbyte[] BuildDigits()
    {
        var digits = new sbyte[128];
        Array.Fill(digits, (sbyte)-1);
        for (var i = 0; i < Alphabet.Length; i++)
        {
            digits[Alphabet[i]] = (sbyte)i;
        }

        return digits;
    }
}
