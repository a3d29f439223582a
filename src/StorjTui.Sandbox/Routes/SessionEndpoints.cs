using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using StorjTui.Sandbox.Accounts;
using StorjTui.Sandbox.State;

namespace StorjTui.Sandbox.Routes;

/// <summary>Config, log-in (with MFA and lockout, see <see cref="LogInCheck"/>) and REST-key log-in (consoleweb/server.go frontendConfigHandler; consoleapi/auth.go Token, TokenByAPIKey).</summary>
internal static class SessionEndpoints
{
    internal static Task Config(HttpContext c, SandboxServices s)
    {
        var csrf = "";
        if (s.Options.CsrfProtection)
        {
            // consoleweb/server.go frontendConfigHandler: reuse the cookie's token, else set a new one.
            var existing = c.Request.Cookies[RouteGuards.CsrfCookie];
            csrf = s.Sessions.IsCsrf(existing, s.Now) ? existing! : s.Sessions.IssueCsrf(s.Now);
            if (csrf != existing)
            {
                c.Response.Cookies.Append(RouteGuards.CsrfCookie, csrf, new CookieOptions { Path = "/", HttpOnly = true, SameSite = SameSiteMode.Strict, MaxAge = TimeSpan.FromDays(1) });
            }
        }
        return Respond.Json(c, 200, new ConfigResponse
        {
            SatelliteName = "StorjTui sandbox",
            SatelliteNodeUrl = s.NodeUrl,
            GatewayCredentialsRequestUrl = s.BaseUrl.AbsoluteUri.TrimEnd('/'),
            ObjectBrowserKeyNamePrefix = SandboxServices.ObjectBrowserKeyNamePrefix,
            CsrfToken = csrf,
            ObjectLockUIEnabled = s.Options.ObjectLockUIEnabled,
            BucketEventingUIEnabled = s.Options.BucketEventingUIEnabled,
        }, SandboxJsonContext.Default.ConfigResponse);
    }

    internal static async Task Token(HttpContext c, SandboxServices s)
    {
        if (!await RouteGuards.CsrfPassesAsync(c, s))
        {
            return;
        }
        LogInRequest? request;
        try
        {
            request = await JsonSerializer.DeserializeAsync(c.Request.Body, SandboxJsonContext.Default.LogInRequest, c.RequestAborted);
        }
        catch (JsonException)
        {
            await Respond.Error(c, 500, "There was an error processing your request");
            return;
        }
        if (string.IsNullOrEmpty(request?.Password))
        {
            await Respond.Error(c, 400, "validation: password is required");
            return;
        }
        if (LogInCheck.Check(s.Accounts.Find(request.Email), request, s.Options.LogInCaptcha, s.Now) is { } refused)
        {
            await Respond.Error(c, refused.Status, refused.Message);
            return;
        }
        await IssueSession(c, s, request.RememberForOneWeek);
    }

    internal static async Task TokenByApiKey(HttpContext c, SandboxServices s)
    {
        var header = c.Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.Ordinal) || header["Bearer ".Length..] != s.State.RestKey)
        {
            await Respond.Error(c, 401, "There was an error processing your request");
            return;
        }
        await IssueSession(c, s, rememberForOneWeek: false);
    }

    /// <summary>consoleapi/auth.go Logout: the session is deleted and the cookie removed; 200 with an empty body.</summary>
    internal static Task Logout(HttpContext c, SandboxServices s)
    {
        s.Sessions.Revoke(c.Request.Cookies[RouteGuards.SessionCookie]);
        c.Response.Cookies.Delete(RouteGuards.SessionCookie, new CookieOptions { Path = "/" });
        c.Response.StatusCode = 200;
        return Task.CompletedTask;
    }

    internal static Task IssueSession(HttpContext c, SandboxServices s, bool rememberForOneWeek)
    {
        var (token, expires) = s.Sessions.Issue(s.Now, rememberForOneWeek);
        c.Response.Cookies.Append(RouteGuards.SessionCookie, token, new CookieOptions { Path = "/", HttpOnly = true, SameSite = SameSiteMode.Strict, Expires = expires });
        return Respond.Json(c, 200, new TokenResponse { Token = token, ExpiresAt = expires }, SandboxJsonContext.Default.TokenResponse);
    }
}
