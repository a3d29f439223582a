using StorjTui.Sandbox.Routes;

namespace StorjTui.Sandbox.Accounts;

/// <summary>
/// The satellite's log-in decisions in its order (console/service.go Token and logInVerifyMFA), with the statuses and
/// texts consoleapi/auth.go gives them (getStatusCode, getUserErrorMessage).
/// </summary>
internal static class LogInCheck
{
    public const string CredentialsIncorrect = "Your login credentials are incorrect, please try again";
    public const string CaptchaFailed = "Validation of captcha was unsuccessful";
    public const string MfaRequired = "A MFA passcode or recovery code is required";
    public const string MfaConflict = "Expected either passcode or recovery code, but got both";
    public const string MfaPasscodeInvalid = "The MFA passcode is not valid or has expired";
    public const string MfaRecoveryCodeInvalid = "The MFA recovery code is not valid or has been previously used";

    /// <summary>Null when the log-in succeeds (and then the account's failure count is cleared).</summary>
    /// <param name="captcha">The satellite has a log-in captcha on. The sandbox has no captcha to solve, so every answer fails it.</param>
    public static LogInRefusal? Check(SandboxAccount? account, LogInRequest request, bool captcha, DateTimeOffset now)
    {
        var passcode = request.MfaPasscode ?? "";
        var recoveryCode = request.MfaRecoveryCode ?? "";
        // The captcha is checked first, unless an MFA code came along: then only after the password, and only for an
        // account without MFA (an MFA account's code stands in for it).
        var mfaSent = passcode.Length > 0 || recoveryCode.Length > 0;
        if (captcha && !mfaSent)
        {
            return new(400, CaptchaFailed);
        }
        // An unknown address and a locked account get the same answer as a wrong password; only the e-mail says "locked".
        if (account is null || account.IsLockedOut(now))
        {
            return new(401, CredentialsIncorrect);
        }
        if (request.Password != account.Password)
        {
            account.RecordFailure(now);
            return new(401, CredentialsIncorrect);
        }
        if (account.MfaEnabled)
        {
            if (CheckMfa(account, passcode, recoveryCode, now) is { } refused)
            {
                return refused;
            }
        }
        else if (captcha)
        {
            return new(400, CaptchaFailed);
        }
        account.ResetLock();
        return null;
    }

    private static LogInRefusal? CheckMfa(SandboxAccount account, string passcode, string recoveryCode, DateTimeOffset now)
    {
        if (passcode.Length > 0 && recoveryCode.Length > 0)
        {
            return new(409, MfaConflict);
        }
        if (recoveryCode.Length > 0)
        {
            if (account.UseRecoveryCode(recoveryCode))
            {
                return null;
            }
            account.RecordFailure(now);
            return new(400, MfaRecoveryCodeInvalid);
        }
        if (passcode.Length > 0)
        {
            if (Totp.Verify(passcode, account.MfaSecret!, now))
            {
                return null;
            }
            account.RecordFailure(now);
            return new(400, MfaPasscodeInvalid);
        }
        // consoleapi/auth.go Token: a missing code is answered 200 with {"error": …}.
        return new(200, MfaRequired);
    }
}
