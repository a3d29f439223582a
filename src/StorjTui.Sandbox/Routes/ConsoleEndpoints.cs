using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using StorjTui.Sandbox.State;

namespace StorjTui.Sandbox.Routes;

/// <summary>
/// The satellite console API routes the app uses, with the status codes and error texts of storj/storj
/// (satellite/console/consoleweb/server.go routes; consoleapi/auth.go, projects.go, buckets.go, apikeys.go handlers;
/// private/web/error.go error bodies; consoleweb/server.go withAuth and withCSRFProtection).
/// </summary>
internal static class ConsoleEndpoints
{
    private const string SessionCookie = "_tokenKey";
    private const string CsrfCookie = "csrf_token";

    public static void Map(IEndpointRouteBuilder app, SandboxServices s)
    {
        app.MapGet("/api/v0/config", new RequestDelegate(c => Config(c, s)));
        app.MapPost("/api/v0/auth/token", new RequestDelegate(c => Token(c, s)));
        app.MapPost("/api/v0/auth/token-by-api-key", new RequestDelegate(c => TokenByApiKey(c, s)));
        app.MapGet("/api/v0/projects", new RequestDelegate(c => Authenticated(c, s, () => Projects(c, s))));
        app.MapGet("/api/v0/projects/{id}/config", new RequestDelegate(c => Authenticated(c, s, () => ProjectConfig(c, s))));
        app.MapGet("/api/v0/projects/{id}/salt", new RequestDelegate(c => Authenticated(c, s, () => Salt(c, s))));
        app.MapGet("/api/v0/buckets/bucket-names", new RequestDelegate(c => Authenticated(c, s, () => BucketNames(c, s))));
        app.MapGet("/api/v0/api-keys/api-key-names", new RequestDelegate(c => Authenticated(c, s, () => ApiKeyNames(c, s))));
        app.MapPost("/api/v0/api-keys/create/{projectID}", new RequestDelegate(c => Authenticated(c, s, () => Csrf(c, s, () => CreateApiKey(c, s)))));
        app.MapGet("/api/v0/api-keys/list-paged", new RequestDelegate(c => Authenticated(c, s, () => ListPaged(c, s))));
        app.MapDelete("/api/v0/api-keys/delete-by-ids", new RequestDelegate(c => Authenticated(c, s, () => Csrf(c, s, () => DeleteByIds(c, s)))));
        app.MapDelete("/api/v0/api-keys/delete-by-name", new RequestDelegate(c => Authenticated(c, s, () => Csrf(c, s, () => DeleteByName(c, s)))));
    }

    private static Task Config(HttpContext c, SandboxServices s)
    {
        var csrf = "";
        if (s.Options.CsrfProtection)
        {
            // consoleweb/server.go frontendConfigHandler: reuse the cookie's token, else set a new one.
            var existing = c.Request.Cookies[CsrfCookie];
            csrf = s.Sessions.IsCsrf(existing) ? existing! : s.Sessions.IssueCsrf();
            if (csrf != existing)
            {
                c.Response.Cookies.Append(CsrfCookie, csrf, new CookieOptions { Path = "/", HttpOnly = true, SameSite = SameSiteMode.Strict, MaxAge = TimeSpan.FromDays(1) });
            }
        }
        return Respond.Json(c, 200, new ConfigResponse
        {
            SatelliteName = "StorjTui sandbox",
            SatelliteNodeUrl = s.NodeUrl,
            GatewayCredentialsRequestUrl = s.BaseUrl.AbsoluteUri.TrimEnd('/'),
            ObjectBrowserKeyNamePrefix = SandboxServices.ObjectBrowserKeyNamePrefix,
            CsrfToken = csrf,
        }, SandboxJsonContext.Default.ConfigResponse);
    }

    private static async Task Token(HttpContext c, SandboxServices s)
    {
        if (!await CsrfPassesAsync(c, s))
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
        // console/service.go Token: unknown e-mail and wrong password get the same 401 text (auth.go getUserErrorMessage).
        if (!string.Equals(request.Email?.Trim(), SandboxServices.UserEmail, StringComparison.OrdinalIgnoreCase) || request.Password != SandboxServices.UserPassword)
        {
            await Respond.Error(c, 401, "Your login credentials are incorrect, please try again");
            return;
        }
        await IssueSession(c, s, request.RememberForOneWeek);
    }

    private static async Task TokenByApiKey(HttpContext c, SandboxServices s)
    {
        var header = c.Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.Ordinal) || header["Bearer ".Length..] != s.State.RestKey)
        {
            await Respond.Error(c, 401, "There was an error processing your request");
            return;
        }
        await IssueSession(c, s, rememberForOneWeek: false);
    }

    private static Task IssueSession(HttpContext c, SandboxServices s, bool rememberForOneWeek)
    {
        var (token, expires) = s.Sessions.Issue(s.Now, rememberForOneWeek);
        c.Response.Cookies.Append(SessionCookie, token, new CookieOptions { Path = "/", HttpOnly = true, SameSite = SameSiteMode.Strict, Expires = expires });
        return Respond.Json(c, 200, new TokenResponse { Token = token, ExpiresAt = expires }, SandboxJsonContext.Default.TokenResponse);
    }

    private static Task Authenticated(HttpContext c, SandboxServices s, Func<Task> next)
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

    private static async Task Csrf(HttpContext c, SandboxServices s, Func<Task> next)
    {
        if (await CsrfPassesAsync(c, s))
        {
            await next();
        }
    }

    private static async Task<bool> CsrfPassesAsync(HttpContext c, SandboxServices s)
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
        if (header != cookie || !s.Sessions.IsCsrf(header))
        {
            await Respond.Error(c, 403, "Invalid CSRF token");
            return false;
        }
        return true;
    }

    private static Task Projects(HttpContext c, SandboxServices s) =>
        Respond.Json(c, 200, s.State.Projects.Select(p => new ProjectInfoResponse
        {
            Id = p.Id,
            Name = p.Name,
            OwnerId = s.State.UserId,
            CreatedAt = p.CreatedAt,
            HasManagedPassphrase = p.ManagedPassphrase is not null,
        }).ToList(), SandboxJsonContext.Default.ListProjectInfoResponse);

    private static Task ProjectConfig(HttpContext c, SandboxServices s) => WithProject(c, s, RouteId(c, "id"), p =>
        Respond.Json(c, 200, new ProjectConfigResponse
        {
            HasManagedPassphrase = p.ManagedPassphrase is not null,
            EncryptPath = p.EncryptPath,
            Passphrase = p.ManagedPassphrase,
            Salt = p.Salt,
        }, SandboxJsonContext.Default.ProjectConfigResponse));

    private static Task Salt(HttpContext c, SandboxServices s) => WithProject(c, s, RouteId(c, "id"), p =>
        Respond.Json(c, 200, p.Salt, SandboxJsonContext.Default.String));

    private static Task BucketNames(HttpContext c, SandboxServices s) => WithProject(c, s, QueryProject(c), p =>
        Respond.Json(c, 200, p.Buckets.ToList(), SandboxJsonContext.Default.ListString));

    private static Task ApiKeyNames(HttpContext c, SandboxServices s) => WithProject(c, s, c.Request.Query["projectID"].ToString(), p =>
        Respond.Json(c, 200, s.State.KeysOf(p).Select(k => k.Name).Order(StringComparer.Ordinal).ToList(), SandboxJsonContext.Default.ListString));

    private static async Task CreateApiKey(HttpContext c, SandboxServices s)
    {
        using var reader = new StreamReader(c.Request.Body, Encoding.UTF8);
        var name = await reader.ReadToEndAsync(c.RequestAborted);
        // consoleapi/apikeys.go CreateAPIKey → service.ValidateFreeFormFieldLengths (100 runes by default).
        if (name.EnumerateRunes().Count() > 100)
        {
            await Respond.Error(c, 400, "validation: field length exceeds maximum length 100");
            return;
        }
        await WithProject(c, s, RouteId(c, "projectID"), async p =>
        {
            var created = s.State.CreateApiKey(p, name, s.Now);
            if (created is not { } made)
            {
                // console/service.go CreateAPIKey: ErrValidation, which the handler answers with 500.
                await Respond.Error(c, 500, "validation: An API Key with this name already exists in this project, please use a different name");
                return;
            }
            await Respond.Json(c, 200, new CreateApiKeyResponse { Key = made.Key, KeyInfo = Info(s, p, made.Info) }, SandboxJsonContext.Default.CreateApiKeyResponse);
        });
    }

    private static async Task ListPaged(HttpContext c, SandboxServices s)
    {
        var q = c.Request.Query;
        foreach (var name in new[] { "projectID", "limit", "page", "order", "orderDirection" })
        {
            if (string.IsNullOrEmpty(q[name]))
            {
                await Respond.Error(c, 400, $"parameter '{name}' can't be empty");
                return;
            }
        }
        if (!uint.TryParse(q["limit"], NumberStyles.None, CultureInfo.InvariantCulture, out var limit)
            || !uint.TryParse(q["page"], NumberStyles.None, CultureInfo.InvariantCulture, out var page)
            || !uint.TryParse(q["order"], NumberStyles.None, CultureInfo.InvariantCulture, out var order)
            || !uint.TryParse(q["orderDirection"], NumberStyles.None, CultureInfo.InvariantCulture, out var direction))
        {
            await Respond.Error(c, 400, "strconv.ParseUint: parsing: invalid syntax");
            return;
        }
        if (limit == 0 || page == 0)
        {
            await Respond.Error(c, 500, "console service: limit and page must be greater than 0");
            return;
        }
        limit = Math.Min(limit, 300);
        var search = q["search"].ToString();
        await WithProject(c, s, q["projectID"].ToString(), p =>
        {
            IEnumerable<ApiKeyStateWire> keys = s.State.KeysOf(p)
                .Where(k => !k.Name.StartsWith(SandboxServices.ObjectBrowserKeyNamePrefix, StringComparison.Ordinal))
                .Where(k => search.Length == 0 || k.Name.Contains(search, StringComparison.OrdinalIgnoreCase));
            keys = order switch
            {
                2 => keys.OrderBy(k => k.CreatedAt),
                _ => keys.OrderBy(k => k.Name, StringComparer.Ordinal),
            };
            if (direction == 2)
            {
                keys = keys.Reverse();
            }
            var all = keys.ToList();
            var offset = (long)(page - 1) * limit;
            var items = all.Skip((int)Math.Min(offset, all.Count)).Take((int)limit).Select(k => Info(s, p, k)).ToList();
            return Respond.Json(c, 200, new ApiKeyPageResponse
            {
                ApiKeys = items.Count > 0 ? items : null,
                Search = search,
                Limit = (int)limit,
                Order = (int)order,
                OrderDirection = (int)direction,
                Offset = offset,
                PageCount = (int)((all.Count + limit - 1) / limit),
                CurrentPage = (int)page,
                TotalCount = all.Count,
            }, SandboxJsonContext.Default.ApiKeyPageResponse);
        });
    }

    private static async Task DeleteByIds(HttpContext c, SandboxServices s)
    {
        DeleteIdsRequest? request;
        try
        {
            request = await JsonSerializer.DeserializeAsync(c.Request.Body, SandboxJsonContext.Default.DeleteIdsRequest, c.RequestAborted);
        }
        catch (JsonException e)
        {
            await Respond.Error(c, 400, e.Message);
            return;
        }
        var ids = request?.Ids ?? [];
        if (ids.Any(id => !Guid.TryParse(id, out _)))
        {
            await Respond.Error(c, 400, "uuid: invalid string");
            return;
        }
        if (!s.State.DeleteApiKeys(ids))
        {
            await Respond.Error(c, 500, "console service: api key not found");
            return;
        }
        c.Response.StatusCode = 200;
    }

    private static async Task DeleteByName(HttpContext c, SandboxServices s)
    {
        var name = c.Request.Query["name"].ToString();
        if (name.Length == 0)
        {
            await Respond.Error(c, 400, "name can't be empty");
            return;
        }
        var projectId = c.Request.Query["projectID"].ToString();
        if (projectId.Length == 0)
        {
            projectId = c.Request.Query["publicID"].ToString();
        }
        if (projectId.Length == 0)
        {
            await Respond.Error(c, 400, "Project ID was not provided.");
            return;
        }
        await WithProject(c, s, projectId, async p =>
        {
            // consoleapi/apikeys.go DeleteByNameAndProjectID: no such key → ErrNoAPIKey → 204, no body.
            c.Response.StatusCode = s.State.DeleteApiKey(p, name) ? 200 : 204;
            await Task.CompletedTask;
        });
    }

    private static string QueryProject(HttpContext c)
    {
        var id = c.Request.Query["projectID"].ToString();
        return id.Length > 0 ? id : c.Request.Query["publicID"].ToString();
    }

    private static string RouteId(HttpContext c, string name) => c.Request.RouteValues[name]?.ToString() ?? "";

    private static Task WithProject(HttpContext c, SandboxServices s, string id, Func<ProjectStateWire, Task> next)
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

    private static ApiKeyInfoResponse Info(SandboxServices s, ProjectStateWire p, ApiKeyStateWire k) => new()
    {
        Id = k.Id,
        ProjectId = p.InternalId,
        ProjectPublicId = p.Id,
        CreatedBy = s.State.UserId,
        CreatorEmail = SandboxServices.UserEmail,
        Name = k.Name,
        CreatedAt = k.CreatedAt,
        Version = 1,
    };
}
