namespace StorjTui.Storj.Console;

/// <summary>
/// What a person typed into the one two-factor field: a TOTP passcode (6 digits, as authenticator apps show them,
/// maybe "123 456") or a recovery code (console/mfa.go NewMFARecoveryCode: 4-4-4 of 0-9 and A-Z, upper case).
/// The console takes them in separate fields (<c>mfaPasscode</c>, <c>mfaRecoveryCode</c>) and refuses both at once.
/// </summary>
public static class MfaCode
{
    /// <summary>The passcode or the recovery code (the other null); both null for nothing typed.</summary>
    public static (string? Passcode, string? RecoveryCode) Split(string? typed)
    {
        var code = typed?.Trim() ?? "";
        if (code.Length == 0)
        {
            return (null, null);
        }
        var digits = code.Replace(" ", "", StringComparison.Ordinal);
        return digits.Length == 6 && digits.All(char.IsAsciiDigit)
            ? (digits, null)
            : (null, code.ToUpperInvariant());
    }
}
