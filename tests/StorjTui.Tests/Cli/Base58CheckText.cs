using System.Numerics;
using System.Security.Cryptography;
using System.Text;

namespace StorjTui.Tests.Cli;

/// <summary>A test-side base58check (Bitcoin alphabet, SHA-256d checksum) to craft grants with any version or payload.</summary>
internal static class Base58CheckText
{
    private const string Alphabet = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";

    public static string Encode(byte version, byte[] payload)
    {
        byte[] body = [version, .. payload];
        byte[] checksum = SHA256.HashData(SHA256.HashData(body));
        byte[] all = [.. body, .. checksum.AsSpan(0, 4)];
        var number = new BigInteger(all, isUnsigned: true, isBigEndian: true);
        var text = new StringBuilder();
        while (number > 0)
        {
            number = BigInteger.DivRem(number, 58, out BigInteger digit);
            text.Insert(0, Alphabet[(int)digit]);
        }
        foreach (byte b in all)
        {
            if (b != 0)
            {
                break;
            }
            text.Insert(0, '1');
        }
        return text.ToString();
    }

    public static byte[] DecodePayload(string text)
    {
        BigInteger number = BigInteger.Zero;
        foreach (char c in text)
        {
            number = number * 58 + Alphabet.IndexOf(c, StringComparison.Ordinal);
        }
        byte[] bytes = number.ToByteArray(isUnsigned: true, isBigEndian: true);
        int zeros = text.TakeWhile(c => c == '1').Count();
        byte[] all = [.. new byte[zeros], .. bytes];
        return all[1..^4];
    }
}
