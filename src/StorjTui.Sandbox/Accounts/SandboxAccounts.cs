namespace StorjTui.Sandbox.Accounts;

/// <summary>
/// The sandbox's two demo log-ins: <see cref="DemoEmail"/> without two-factor authentication, and
/// <see cref="MfaEmail"/> with a fixed TOTP secret (so anyone can add it to an authenticator app) and fixed recovery
/// codes. Both see the same demo projects.
/// </summary>
internal sealed class SandboxAccounts
{
    public const string DemoEmail = "demo@sandbox.local";
    public const string MfaEmail = "mfa@sandbox.local";
    public const string Password = "sandbox";

    /// <summary>Base32, 160 bits, as authenticator apps take it. Public on purpose: the sandbox guards nothing real.</summary>
    public const string MfaSecret = "STORJTUISANDBOXMFADEMOSECRET2345";

    /// <summary>The satellite's recovery code shape (console/mfa.go NewMFARecoveryCode: 4-4-4 of 0-9 and A-Z).</summary>
    public static readonly IReadOnlyList<string> MfaRecoveryCodes = ["DEMO-MFA0-0001", "DEMO-MFA0-0002", "DEMO-MFA0-0003"];

    private readonly SandboxAccount[] accounts =
    [
        new(DemoEmail, Password),
        new(MfaEmail, Password, Totp.Decode(MfaSecret), MfaRecoveryCodes),
    ];

    /// <summary>The account with this e-mail (the satellite compares normalized, case-insensitive addresses), or null.</summary>
    public SandboxAccount? Find(string? email) =>
        accounts.FirstOrDefault(a => string.Equals(a.Email, email?.Trim(), StringComparison.OrdinalIgnoreCase));
}
