using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using StorjTui.Sandbox.State;

namespace StorjTui.Sandbox.Routes;

/// <summary>API key names, create, list-paged and delete (consoleapi/apikeys.go, console/service.go).</summary>
internal static class ApiKeyEndpoints
{
    internal static Task ApiKeyNames(HttpContext c, SandboxServices s) => RouteGuards.WithProject(c, s, c.Request.Query["projectID"].ToString(), p =>
        Respond.Json(c, 200, s.State.KeysOf(p).Select(k => k.Name).Order(StringComparer.Ordinal).ToList(), SandboxJsonContext.Default.ListString));

    internal static async Task CreateApiKey(HttpContext c, SandboxServices s)
    {
        using var reader = new StreamReader(c.Request.Body, Encoding.UTF8);
        var name = await reader.ReadToEndAsync(c.RequestAborted);
        // consoleapi/apikeys.go CreateAPIKey → service.ValidateFreeFormFieldLengths (100 runes by default).
        if (name.EnumerateRunes().Count() > 100)
        {
            await Respond.Error(c, 400, "validation: field length exceeds maximum length 100");
            return;
        }
        await RouteGuards.WithProject(c, s, RouteGuards.RouteId(c, "projectID"), async p =>
        {
            var created = s.State.CreateApiKey(p, name, s.Now, ApiKeyVersion(s.Options));
            if (created is not { } made)
            {
                // console/service.go CreateAPIKey: ErrValidation, which the handler answers with 500.
                await Respond.Error(c, 500, "validation: An API Key with this name already exists in this project, please use a different name");
                return;
            }
            await Respond.Json(c, 200, new CreateApiKeyResponse { Key = made.Key, KeyInfo = Info(s, p, made.Info) }, SandboxJsonContext.Default.CreateApiKeyResponse);
        });
    }

    internal static async Task ListPaged(HttpContext c, SandboxServices s)
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
        // satellitedb/consoledb/apikeys.go GetPagedByProjectID, wrapped by console/service.go's "console service" class.
        if (limit == 0 || page == 0)
        {
            await Respond.Error(c, 500, $"console service: api key request: {(limit == 0 ? "limit" : "page")} cannot be 0");
            return;
        }
        limit = Math.Min(limit, 300);
        var search = q["search"].ToString();
        await RouteGuards.WithProject(c, s, q["projectID"].ToString(), p =>
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
            var answer = new ApiKeyPageResponse { Search = search, Limit = (int)limit, Order = (int)order, OrderDirection = (int)direction, Offset = offset };
            if (all.Count == 0)
            {
                // An empty project: the page as far as it was filled in before the count (no page, no page count).
                return Respond.Json(c, 200, answer, SandboxJsonContext.Default.ApiKeyPageResponse);
            }
            if (offset > all.Count - 1)
            {
                return Respond.Error(c, 500, "console service: api key request: page is out of range");
            }
            answer.ApiKeys = all.Skip((int)offset).Take((int)limit).Select(k => Info(s, p, k)).ToList();
            answer.PageCount = (int)((all.Count + limit - 1) / limit);
            answer.CurrentPage = (int)page;
            answer.TotalCount = all.Count;
            return Respond.Json(c, 200, answer, SandboxJsonContext.Default.ApiKeyPageResponse);
        });
    }

    internal static async Task DeleteByIds(HttpContext c, SandboxServices s)
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

    internal static async Task DeleteByName(HttpContext c, SandboxServices s)
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
        await RouteGuards.WithProject(c, s, projectId, async p =>
        {
            // consoleapi/apikeys.go DeleteByNameAndProjectID: no such key → ErrNoAPIKey → ServeJSONError(204), which
            // returns before writing anything (private/web/error.go), so Go answers 200 with an empty body either way.
            s.State.DeleteApiKey(p, name);
            c.Response.StatusCode = 200;
            await Task.CompletedTask;
        });
    }

    internal static ApiKeyInfoResponse Info(SandboxServices s, ProjectStateWire p, ApiKeyStateWire k) => new()
    {
        Id = k.Id,
        ProjectId = p.InternalId,
        ProjectPublicId = p.Id,
        CreatedBy = s.State.UserId,
        CreatorEmail = SandboxServices.UserEmail,
        Name = k.Name,
        CreatedAt = k.CreatedAt,
        Version = k.Version,
    };

    /// <summary>
    /// consoleapi/apikeys.go CreateAPIKey: the Object Lock bit (1) when the satellite offers its Object Lock UI, and always
    /// the eventing bit (4) (storj.io/common macaroon.APIKeyVersion*; the auditable bit 2 is for listed projects only).
    /// </summary>
    internal static int ApiKeyVersion(SandboxOptions options) => (options.ObjectLockUIEnabled ? 1 : 0) | 4;
}
