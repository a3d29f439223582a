using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace StorjTui.Sandbox.Routes;

/// <summary>
/// The satellite console API routes the app uses, with the status codes and error texts of storj/storj
/// (satellite/console/consoleweb/server.go routes; consoleapi/auth.go, projects.go, buckets.go, apikeys.go handlers;
/// private/web/error.go error bodies; consoleweb/server.go withAuth and withCSRFProtection).
/// </summary>
internal static class ConsoleEndpoints
{
    public static void Map(IEndpointRouteBuilder app, SandboxServices s)
    {
        app.MapGet("/api/v0/config", new RequestDelegate(c => SessionEndpoints.Config(c, s)));
        app.MapPost("/api/v0/auth/token", new RequestDelegate(c => SessionEndpoints.Token(c, s)));
        app.MapPost("/api/v0/auth/token-by-api-key", new RequestDelegate(c => SessionEndpoints.TokenByApiKey(c, s)));
        // consoleweb/server.go: logout is wrapped in withAuth only, no CSRF check (a saved session can end itself).
        app.MapPost("/api/v0/auth/logout", new RequestDelegate(c => RouteGuards.Authenticated(c, s, () => SessionEndpoints.Logout(c, s))));
        app.MapGet("/api/v0/projects", new RequestDelegate(c => RouteGuards.Authenticated(c, s, () => ProjectEndpoints.Projects(c, s))));
        app.MapGet("/api/v0/projects/{id}/config", new RequestDelegate(c => RouteGuards.Authenticated(c, s, () => ProjectEndpoints.ProjectConfig(c, s))));
        app.MapGet("/api/v0/projects/{id}/salt", new RequestDelegate(c => RouteGuards.Authenticated(c, s, () => ProjectEndpoints.Salt(c, s))));
        app.MapGet("/api/v0/buckets/bucket-names", new RequestDelegate(c => RouteGuards.Authenticated(c, s, () => ProjectEndpoints.BucketNames(c, s))));
        app.MapGet("/api/v0/api-keys/api-key-names", new RequestDelegate(c => RouteGuards.Authenticated(c, s, () => ApiKeyEndpoints.ApiKeyNames(c, s))));
        app.MapPost("/api/v0/api-keys/create/{projectID}", new RequestDelegate(c => RouteGuards.Authenticated(c, s, () => RouteGuards.Csrf(c, s, () => ApiKeyEndpoints.CreateApiKey(c, s)))));
        app.MapGet("/api/v0/api-keys/list-paged", new RequestDelegate(c => RouteGuards.Authenticated(c, s, () => ApiKeyEndpoints.ListPaged(c, s))));
        app.MapDelete("/api/v0/api-keys/delete-by-ids", new RequestDelegate(c => RouteGuards.Authenticated(c, s, () => RouteGuards.Csrf(c, s, () => ApiKeyEndpoints.DeleteByIds(c, s)))));
        app.MapDelete("/api/v0/api-keys/delete-by-name", new RequestDelegate(c => RouteGuards.Authenticated(c, s, () => RouteGuards.Csrf(c, s, () => ApiKeyEndpoints.DeleteByName(c, s)))));
    }
}
