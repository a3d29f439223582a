using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using StorjTui.Core.Flow;
using StorjTui.Storj.Grants;

namespace StorjTui.Sandbox.Routes;

/// <summary>
/// The auth service's <c>POST /v1/access</c> (storj/edge pkg/auth/httpauth/resources.go newAccess, pkg/auth/authdb/db.go
/// Put): 4 KiB body limit → 413, bad JSON → 422, bad grant → 400 <c>access grant: …</c>, 5xx with an empty body.
/// Beyond the real service, the sandbox also checks the macaroon chain against its root secret and that the key
/// was not deleted, since it is the satellite too.
/// </summary>
internal static class AuthEndpoints
{
    private const int BodyLimit = 4 * 1024;

    public static void Map(IEndpointRouteBuilder app, SandboxServices s) =>
        app.MapPost("/v1/access", new RequestDelegate(c => NewAccess(c, s)));

    private static async Task NewAccess(HttpContext c, SandboxServices s)
    {
        if (c.Request.ContentLength > BodyLimit)
        {
            await Respond.Text(c, 413, "");
            return;
        }
        var body = new byte[BodyLimit + 1];
        var length = 0;
        int read;
        while (length < body.Length && (read = await c.Request.Body.ReadAsync(body.AsMemory(length), c.RequestAborted)) > 0)
        {
            length += read;
        }
        if (length > BodyLimit)
        {
            await Respond.Text(c, 413, "http: request body too large");
            return;
        }
        AccessRequestWire? request;
        try
        {
            request = JsonSerializer.Deserialize(body.AsSpan(0, length), SandboxJsonContext.Default.AccessRequestWire);
        }
        catch (JsonException e)
        {
            await Respond.Text(c, 422, e.Message);
            return;
        }
        var error = Check(request?.AccessGrant ?? "", s, out var grant);
        if (error is not null)
        {
            await Respond.Text(c, 400, "access grant: " + error);
            return;
        }
        var expires = grant!.ApiKey.Caveats.Select(cv => cv.NotAfter).Where(t => t is not null).Min();
        var issued = s.Credentials.Create(grant.SatelliteAddress, grant.ApiKey.Head, expires, request!.AccessGrant!, request.Public, s.Now);
        if (s.Hook is { } hook && !await hook.RunAsync(issued.AccessKeyId, issued.SecretKey, c.RequestAborted))
        {
            s.Credentials.Remove(issued.AccessKeyId);
            await Respond.Text(c, 500, ""); // the real service never says why a 5xx happened
            return;
        }
        await Respond.Json(c, 200, new AccessResponseWire
        {
            AccessKeyId = issued.AccessKeyId,
            SecretKey = issued.SecretKey,
            Endpoint = s.S3Endpoint?.AbsoluteUri ?? "",
        }, SandboxJsonContext.Default.AccessResponseWire);
    }

    /// <summary>Null when the grant is acceptable, else the reason (after the <c>access grant: </c> prefix).</summary>
    private static string? Check(string serialized, SandboxServices s, out AccessGrant? grant)
    {
        grant = null;
        try
        {
            grant = AccessGrant.Parse(serialized);
        }
        catch (InvalidGrantDataException e)
        {
            return e.Message;
        }
        if (grant.SatelliteAddress != s.NodeUrl)
        {
            return $"disallowed satellite: \"{grant.SatelliteAddress}\"";
        }
        var expires = grant.ApiKey.Caveats.Select(cv => cv.NotAfter).Where(t => t is not null).Min();
        if (expires is { } at && at < s.Now + AccessRules.AuthServiceMinimumLifetime)
        {
            return "expiration cannot be shorter than a minute";
        }
        if (!grant.ApiKey.Macaroon.Verify(s.State.RootSecret) || !s.State.IsLiveHead(grant.ApiKey.Head))
        {
            return "the API key was not issued by this satellite, or it was deleted";
        }
        return null;
    }
}
