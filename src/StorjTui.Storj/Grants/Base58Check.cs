using System.Security.Cryptography;

namespace StorjTui.Storj.Grants;

/// <summary>
/// Base58check with the Bitcoin alphabet, as Storj writes grants and API keys:
/// <c>base58(version ‖ payload ‖ sha256(sha256(version ‖ payload))[0..4])</c>.
/// </summary>
public static class Base58Check
{
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
    /// hold a version and checksum, or a checksum mismatch.
    /// </summary>
    public static byte[] Decode(string text, out byte version)
    {
        ArgumentNullException.ThrowIfNull(text);
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

    private static string EncodePlain(ReadOnlySpan<byte> data)
    {
        var zeros = 0;
        while (zeros < data.Length && data[zeros] == 0)
        {
            zeros++;
        }

        // Big-endian base-58 digits, least significant last; log(256)/log(58) < 1.37.
        var digits = new byte[(data.Length - zeros) * 137 / 100 + 1];
        var length = 0;
        for (var i = zeros; i < data.Length; i++)
        {
            int carry = data[i];
            var j = 0;
            for (var k = digits.Length - 1; (carry != 0 || j < length) && k >= 0; k--, j++)
            {
                carry += 256 * digits[k];
                digits[k] = (byte)(carry % 58);
                carry /= 58;
            }

            length = j;
        }

        var start = digits.Length - length;
        var chars = new char[zeros + length];
        chars.AsSpan(0, zeros).Fill('1');
        for (var i = 0; i < length; i++)
        {
            chars[zeros + i] = Alphabet[digits[start + i]];
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

        // log(58)/log(256) < 0.733.
        var bytes = new byte[(text.Length - ones) * 733 / 1000 + 1];
        var length = 0;
        for (var i = ones; i < text.Length; i++)
        {
            var c = text[i];
            var digit = c < 128 ? Digits[c] : -1;
            if (digit < 0)
            {
                throw new InvalidBase58Exception($"not base58: character {i + 1} is outside the base58 alphabet");
            }

            int carry = digit;
            var j = 0;
            for (var k = bytes.Length - 1; (carry != 0 || j < length) && k >= 0; k--, j++)
            {
                carry += 58 * bytes[k];
                bytes[k] = (byte)(carry & 0xff);
                carry >>= 8;
            }

            length = j;
        }

        var result = new byte[ones + length];
        bytes.AsSpan(bytes.Length - length).CopyTo(result.AsSpan(ones));
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
