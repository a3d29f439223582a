using System.Text.Json;
using StorjTui.Storj.Http;

namespace StorjTui.Storj.Console;

/// <summary>
/// Maps the console's error answers (private/web/error.go <c>{"error": …}</c>; texts from consoleapi/auth.go
/// getUserErrorMessage and consoleweb/server.go withAuth) to typed exceptions with messages a person can act on.
/// </summary>
internal static class ConsoleErrors
{
    /// <param name="projectRoute">A route about one project (salt, project config, keys, buckets): there a 401 also means the
    /// account is not a member of the project (console/service.go isProjectMember), not only an expired session.</param>
    public static void ThrowForStatus(ServiceResponse response, bool loggingIn, bool projectRoute = false)
    {
        if (response.IsSuccess)
        {
            return;
        }
        var error = ErrorText(response);
        if (loggingIn)
        {
            // consoleapi/auth.go getUserErrorMessage: the texts the log-in answers with.
            if (error is not null && error.Contains("captcha", StringComparison.OrdinalIgnoreCase))
            {
                // console/service.go Token verifies the captcha only when no MFA code is sent, or after the password for an account without MFA.
                throw new CaptchaRequiredException(
                    "The satellite asks for a captcha, which a terminal cannot solve. With two-factor authentication, enter your code with the password: "
                    + "the satellite then skips the captcha. Otherwise log in with a console REST key.");
            }
            if (error is not null && (error.Contains("MFA", StringComparison.Ordinal) || response.Code == 409))
            {
                throw new InvalidMfaCodeException(
                    $"The two-factor code was not accepted: {ServiceErrors.Shorten(error)}. Enter a fresh code (or an unused recovery code); wrong codes count towards a lock like wrong passwords.");
            }
            if (response.Code == 401)
            {
                // console/service.go Token answers a locked account with the wrong-password text; the lock itself is only
                // told by e-mail (LoginLockAccount). Defaults: console/config.go LoginAttemptsWithoutPenalty 3, FailedLoginPenalty 2.
                // Short enough for three lines of the Connect screen at 80 columns.
                throw new WrongCredentialsException(
                    "The e-mail address or password is wrong, or the account is locked (same answer): Storj locks it for 2 minutes after 3 failed log-ins "
                    + "and e-mails you. Check them, then wait or reset the password in the web console.");
            }
        }
        else if (response.Code == 401 && projectRoute)
        {
            throw new SessionExpiredException(
                "The satellite refused this request for the project: your account is not a member of this project (ask its owner to add you), or your session has expired (log in again).");
        }
        else if (response.Code == 401)
        {
            throw new SessionExpiredException("The console session has expired or was not accepted. Log in again.");
        }
        ServiceErrors.ThrowIfBusyOrFailed(response, ConsoleClient.Service, error);
        var reason = error is null ? "" : $": {ServiceErrors.Shorten(error)}";
        throw new ConsoleRequestRejectedException($"The satellite console refused the request (HTTP {response.Code}){ServiceErrors.While(response.Doing)}{reason}.", response.Code);
    }

    public static string? ErrorText(ServiceResponse response)
    {
        if (string.IsNullOrWhiteSpace(response.Body))
        {
            return null;
        }
        try
        {
            return JsonSerializer.Deserialize(response.Body, ConsoleJsonContext.Default.ErrorWire)?.Error;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
