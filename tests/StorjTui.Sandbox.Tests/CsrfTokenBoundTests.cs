using System.Net;
using StorjTui.Sandbox.Routes;

namespace StorjTui.Sandbox.Tests;

/// <summary>
/// CSRF tokens go to anyone who asks (GET /api/v0/config, no log-in): they expire with their cookie and are capped,
/// so a flood of requests cannot grow the sandbox's memory without end.
/// </summary>
public sealed class CsrfTokenBoundTests : IDisposable
{
    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    private static readonly DateTimeOffset Start = new(2026, 6, 15, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task A_token_older_than_its_cookie_is_refused_and_a_new_one_is_handed_out()
    {
        var clock = new FixedClock(Start);
        await using var server = await SandboxServer.StartAsync(new SandboxOptions { DataFolder = temp.Sub("data"), Time = clock });
        using var client = new SandboxClient(server.BaseUrl);
        await client.ConfigAsync();

        clock.Now = Start + TimeSpan.FromDays(1) + TimeSpan.FromSeconds(1);
        using (var stale = await client.PostJsonAsync("api/v0/auth/token", """{"email":"demo@sandbox.local","password":"sandbox"}"""))
        {
            Assert.Equal(HttpStatusCode.Forbidden, stale.StatusCode);
            Assert.Equal("Invalid CSRF token", await SandboxClient.ErrorAsync(stale));
        }

        await client.ConfigAsync();
        using var fresh = await client.PostJsonAsync("api/v0/auth/token", """{"email":"demo@sandbox.local","password":"sandbox"}""");
        Assert.Equal(HttpStatusCode.OK, fresh.StatusCode);
    }

    [Fact]
    public void Beyond_the_cap_the_oldest_tokens_are_forgotten()
    {
        var sessions = new Sessions(maxCsrfTokens: 100);
        var first = sessions.IssueCsrf(Start);
        string last = first;
        for (var i = 0; i < 999; i++)
        {
            last = sessions.IssueCsrf(Start);
        }

        Assert.Equal(100, sessions.CsrfCount);
        Assert.False(sessions.IsCsrf(first, Start));
        Assert.True(sessions.IsCsrf(last, Start));
    }

    [Fact]
    public void The_default_cap_holds_under_a_flood_and_expired_tokens_are_dropped()
    {
        var sessions = new Sessions();
        for (var i = 0; i < Sessions.DefaultMaxCsrfTokens + 500; i++)
        {
            sessions.IssueCsrf(Start);
        }

        Assert.Equal(Sessions.DefaultMaxCsrfTokens, sessions.CsrfCount);

        var later = Start + Sessions.CsrfLifetime;
        var token = sessions.IssueCsrf(later);
        Assert.Equal(1, sessions.CsrfCount);
        Assert.True(sessions.IsCsrf(token, later));
    }
}
