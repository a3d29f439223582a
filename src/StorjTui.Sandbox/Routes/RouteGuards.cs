using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using StorjTui.Sandbox.State;

namespace StorjTui.Sandbox.Routes;

/// <summary>What the console wraps handlers in: the session check (consoleweb/server.go withAuth), the CSRF check (withCSRFProtection), and project lookup by public id.</summary>
internal static class RouteGuards
{
    public const string SessionCookie = "_tokenKey";
    public const string CsrfCookie = "csrf_token";

    internal static Task Authenticated(HttpContext c, SandboxServices s, Func<Task> next)
    {
        var token = c.Request.Cookies[SessionCookie];
        if (s.Sessions.IsValid(token, s.Now))
        {
            return next();
        }
        // consoleweb/server.go withAuth: 401 with the wrapped error, and the cookie removed.
        c.Response.Cookies.Delete(SessionCookie, new CookieOptions { Path = "/" });
        return Respond.Error(c, 401, token is null ? "unauthorized: http: named cookie not present" : "unauthorized: authorization failed");
    }

    internal static async Task Csrf(HttpContext c, SandboxServices s, Func<Task> next)
    {
        if (await CsrfPassesAsync(c, s))
        {
            await next();
        }
    }

    internal static async Task<bool> CsrfPassesAsync(HttpContext c, SandboxServices s)
    {
        if (!s.Options.CsrfProtection)
        {
            return true;
        }
        var cookie = c.Request.Cookies[CsrfCookie];
        if (cookie is null)
        {
            await Respond.Error(c, 403, "CSRF token cookie missing");
            return false;
        }
        var header = c.Request.Headers["X-CSRF-Token"].ToString();
        if (header != cookie || !s.Sessions.IsCsrf(header, s.Now))
        {
            await Respond.Error(c, 403, "Invalid CSRF token");
            return false;
        }
        return true;
    }

    internal static string QueryProject(HttpContext c)
    {
        var id = c.Request.Query["projectID"].ToString();
        return id.Length > 0 ? id : c.Request.Query["publicID"].ToString();
    }

    internal static string RouteId(HttpContext c, string name) => c.Request.RouteValues[name]?.ToString() ?? "";

    internal static Task WithProject(HttpContext c, SandboxServices s, string id, Func<ProjectStateWire, Task> next)
    {
        if (id.Length == 0)
        {
            return Respond.Error(c, 400, "Project ID was not provided.");
        }
        if (!Guid.TryParse(id, out _))
        {
            return Respond.Error(c, 400, "uuid: invalid string");
        }
        var project = s.State.FindProject(id);
        return project is null
            ? Respond.Error(c, 401, "unauthorized: user is not a member of the project")
            : next(project);
    }
}
