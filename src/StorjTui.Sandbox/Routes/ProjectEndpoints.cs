using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using StorjTui.Sandbox.State;

namespace StorjTui.Sandbox.Routes;

/// <summary>Projects, project config and salt (consoleapi/projects.go), bucket names (consoleapi/buckets.go).</summary>
internal static class ProjectEndpoints
{
    internal static Task Projects(HttpContext c, SandboxServices s) =>
        Respond.Json(c, 200, s.State.Projects.Select(p => new ProjectInfoResponse
        {
            Id = p.Id,
            Name = p.Name,
            OwnerId = s.State.UserId,
            CreatedAt = p.CreatedAt,
            HasManagedPassphrase = p.ManagedPassphrase is not null,
        }).ToList(), SandboxJsonContext.Default.ListProjectInfoResponse);

    internal static Task ProjectConfig(HttpContext c, SandboxServices s) => RouteGuards.WithProject(c, s, RouteGuards.RouteId(c, "id"), p =>
        Respond.Json(c, 200, new ProjectConfigResponse
        {
            HasManagedPassphrase = p.ManagedPassphrase is not null,
            EncryptPath = p.EncryptPath,
            Passphrase = p.ManagedPassphrase,
            Salt = p.Salt,
        }, SandboxJsonContext.Default.ProjectConfigResponse));

    internal static Task Salt(HttpContext c, SandboxServices s) => RouteGuards.WithProject(c, s, RouteGuards.RouteId(c, "id"), p =>
        Respond.Json(c, 200, p.Salt, SandboxJsonContext.Default.String));

    internal static Task BucketNames(HttpContext c, SandboxServices s) => RouteGuards.WithProject(c, s, RouteGuards.QueryProject(c), p =>
        Respond.Json(c, 200, s.State.BucketsOf(p).ToList(), SandboxJsonContext.Default.ListString));
}
