namespace StorjTui.Sandbox.Accounts;

/// <summary>
/// One log-in of the sandbox console: e-mail, password, optional TOTP secret and recovery codes, and the failed log-in
/// count and lockout the satellite keeps per user (console/service.go UpdateUsersFailedLoginState; users table).
/// Kept in memory: a restart forgets lockouts and restores used recovery codes.
/// </summary>
internal sealed class SandboxAccount(string email, string password, byte[]? mfaSecret = null, IEnumerable<string>? recoveryCodes = null)
{
    /// <summary>console/config.go LoginAttemptsWithoutPenalty (default 3).</summary>
    public const int LoginAttemptsWithoutPenalty = 3;

    /// <summary>console/config.go FailedLoginPenalty (default 2.0): the lockout is this to the power of (failures − 1) minutes.</summary>
    public const double FailedLoginPenalty = 2.0;

    private readonly Lock gate = new();
    private readonly List<string> recoveryCodes = recoveryCodes?.ToList() ?? [];
    private int failedLoginCount;
    private DateTimeOffset lockoutExpiration;

    public string Email { get; } = email;

    public string Password { get; } = password;

    public byte[]? MfaSecret { get; } = mfaSecret;

    public bool MfaEnabled => MfaSecret is not null;

    public bool IsLockedOut(DateTimeOffset now)
    {
        lock (gate)
        {
            return lockoutExpiration > now;
        }
    }

    /// <summary>
    /// A wrong password, passcode or recovery code. Like the satellite: from the (N−1)th failure before this one on,
    /// the account locks for penalty^(failures before this one − 1) minutes — with the defaults, the 3rd failure locks
    /// it for 2 minutes, the next (after that lock ends) for 4, then 8. Returns the lockout just started, or zero.
    /// </summary>
    public TimeSpan RecordFailure(DateTimeOffset now)
    {
        lock (gate)
        {
            var lockout = TimeSpan.Zero;
            if (failedLoginCount >= LoginAttemptsWithoutPenalty - 1)
            {
                lockout = TimeSpan.FromMinutes(Math.Pow(FailedLoginPenalty, failedLoginCount - 1));
                lockoutExpiration = now + lockout;
            }
            failedLoginCount++;
            return lockout;
        }
    }

    /// <summary>A successful log-in clears the count and the lockout (console/service.go ResetAccountLock).</summary>
    public void ResetLock()
    {
        lock (gate)
        {
            failedLoginCount = 0;
            lockoutExpiration = default;
        }
    }

    /// <summary>Uses up a recovery code (each works once); false when it is not one of the account's codes.</summary>
    public bool UseRecoveryCode(string code)
    {
        lock (gate)
        {
            return recoveryCodes.Remove(code);
        }
    }
}
