using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using StorjTui.Sandbox.Credentials;

namespace StorjTui.Sandbox.Accounts;

/// <summary>
/// Time-based one-time passwords (RFC 6238 over RFC 4226's HOTP) with the settings the satellite validates with
/// (console/mfa.go NewMFAValidationOpts): HMAC-SHA-1, 30-second steps, 6 digits, one step of skew either way.
/// </summary>
public static class Totp
{
    /// <summary>Seconds per time step.</summary>
    public const int Period = 30;

    /// <summary>Digits in a passcode.</summary>
    public const int Digits = 6;

    /// <summary>The passcode for <paramref name="secret"/> at <paramref name="time"/> (<paramref name="digits"/> 6 to 8; the RFC's vectors use 8).</summary>
    public static string Code(ReadOnlySpan<byte> secret, DateTimeOffset time, int digits = Digits)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(digits, 6);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(digits, 8);
        return Code(secret, Step(time), digits);
    }

    /// <summary>The passcode for a base32 secret (as authenticator apps take it) at <paramref name="time"/>.</summary>
    public static string Code(string base32Secret, DateTimeOffset time) => Code(Decode(base32Secret), time);

    /// <summary>True when <paramref name="passcode"/> is the code of the step of <paramref name="now"/> or of the step before or after.</summary>
    public static bool Verify(string passcode, ReadOnlySpan<byte> secret, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(passcode);
        if (passcode.Length != Digits || !passcode.All(char.IsAsciiDigit))
        {
            return false;
        }
        var step = Step(now);
        var matched = false;
        for (var skew = -1; skew <= 1; skew++)
        {
            // Compare all three in constant time: which step matched is nobody's business.
            matched |= CryptographicOperations.FixedTimeEquals(
                System.Text.Encoding.ASCII.GetBytes(Code(secret, step + skew, Digits)), System.Text.Encoding.ASCII.GetBytes(passcode));
        }
        return matched;
    }

    /// <summary>Decodes an RFC 4648 base32 secret (either case, spaces and padding ignored).</summary>
    public static byte[] Decode(string base32Secret)
    {
        ArgumentNullException.ThrowIfNull(base32Secret);
        var text = base32Secret.Replace(" ", "", StringComparison.Ordinal).TrimEnd('=');
        return Base32Lower.TryDecode(text, out var secret) && secret.Length > 0
            ? secret
            : throw new FormatException("The TOTP secret is not base32 (letters A–Z and digits 2–7).");
    }

    private static long Step(DateTimeOffset time) => Math.Max(0, time.ToUnixTimeSeconds()) / Period;

    // RFC 4226 section 5.3: HMAC over the big-endian counter, dynamic truncation, modulo 10^digits.
    private static string Code(ReadOnlySpan<byte> secret, long step, int digits)
    {
        Span<byte> counter = stackalloc byte[8];
        BinaryPrimitives.WriteInt64BigEndian(counter, step);
        Span<byte> mac = stackalloc byte[HMACSHA1.HashSizeInBytes];
        // SHA-1 is what RFC 6238's default, authenticator apps and the satellite use; HMAC-SHA-1 has no known weakness here.
#pragma warning disable CA5350
        HMACSHA1.HashData(secret, counter, mac);
#pragma warning restore CA5350
        var offset = mac[^1] & 0x0f;
        var binary = BinaryPrimitives.ReadInt32BigEndian(mac[offset..]) & 0x7fffffff;
        var modulo = (int)Math.Pow(10, digits);
        return (binary % modulo).ToString(CultureInfo.InvariantCulture).PadLeft(digits, '0');
    }
}
