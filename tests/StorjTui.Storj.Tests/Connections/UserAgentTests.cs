using StorjTui.Core.Access;
using StorjTui.Storj.Http;

namespace StorjTui.Storj.Tests.Connections;

/// <summary>Every request to the console and the auth service names the app and its version.</summary>
public sealed class UserAgentTests
{
    [Fact]
    public async Task The_sandbox_sees_storj_tui_and_its_version_on_every_request()
    {
        await using var sandbox = await SandboxFixture.StartAsync();
        await using (var connection = await sandbox.ConnectAsync())
        {
            var project = (await connection.ListProjectsAsync(default)).Single(p => p.Name == "Demo project");
            await connection.OpenProjectAsync(project, "correct horse battery staple"u8.ToArray(), default);
            await connection.CreateAccessAsync(project, SandboxFixture.Request("ua"), null, default);
        }

        Assert.Equal(["storj-tui/0.1.0"], sandbox.Server.UserAgentsSeen);
        Assert.Equal("storj-tui/0.1.0", ServiceCallOptions.DefaultUserAgent);
    }
}
