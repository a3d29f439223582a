using StorjTui.Sandbox.Faults;

namespace StorjTui.Sandbox.Tests;

/// <summary>The text form of faults (<c>--fault</c>, <c>Sandbox:Faults</c>): what parses to what, and what is refused with which words.</summary>
public sealed class FaultSpecTests
{
    public static TheoryData<string, SandboxFault> Valid => new()
    {
        { "POST /api/v0/api-keys/create status=503 times=1", new SandboxFault { Method = "POST", PathPrefix = "/api/v0/api-keys/create", StatusCode = 503, Times = 1 } },
        { "get /api/v0/projects latency=5s", new SandboxFault { Method = "GET", PathPrefix = "/api/v0/projects", Latency = TimeSpan.FromSeconds(5) } },
        { "/v1/access latency=250ms", new SandboxFault { PathPrefix = "/v1/access", Latency = TimeSpan.FromMilliseconds(250) } },
        { "/v1/access latency=1.5", new SandboxFault { PathPrefix = "/v1/access", Latency = TimeSpan.FromSeconds(1.5) } },
        { "/v1/access latency=2m", new SandboxFault { PathPrefix = "/v1/access", Latency = TimeSpan.FromMinutes(2) } },
        { "POST /api/v0/api-keys/create reset after", new SandboxFault { Method = "POST", PathPrefix = "/api/v0/api-keys/create", ResetConnection = true, AfterHandling = true } },
        { "  GET   /api/v0/config   malformed  ", new SandboxFault { Method = "GET", PathPrefix = "/api/v0/config", MalformedJson = true } },
        { "GET /api/v0/projects status=429 retry-after=2", new SandboxFault { Method = "GET", PathPrefix = "/api/v0/projects", StatusCode = 429, RetryAfter = TimeSpan.FromSeconds(2) } },
        {
            "POST /v1/access status=400 body='access grant: disallowed satellite' times=2",
            new SandboxFault { Method = "POST", PathPrefix = "/v1/access", StatusCode = 400, Body = "access grant: disallowed satellite", ContentType = "text/plain", Times = 2 }
        },
        {
            """GET /api/v0/projects status=500 body='{"error":"internal error"}'""",
            new SandboxFault { Method = "GET", PathPrefix = "/api/v0/projects", StatusCode = 500, Body = """{"error":"internal error"}""", ContentType = "application/json" }
        },
        { "DELETE /api/v0/api-keys/delete-by-ids latency=3s status=500", new SandboxFault { Method = "DELETE", PathPrefix = "/api/v0/api-keys/delete-by-ids", Latency = TimeSpan.FromSeconds(3), StatusCode = 500 } },
    };

    [Theory]
    [MemberData(nameof(Valid))]
    public void A_valid_spec_parses_to_its_fault_and_formats_back(string spec, SandboxFault expected)
    {
        var fault = FaultSpec.Parse(spec);

        Assert.Equal(expected, fault);
        Assert.Equal(expected, FaultSpec.Parse(FaultSpec.Format(fault)));
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData("   ", "empty")]
    [InlineData("status=503", "neither an HTTP method")]
    [InlineData("FETCH /api/v0/projects status=500", "'FETCH' is neither an HTTP method")]
    [InlineData("POST status=503", "names no path")]
    [InlineData("POST api/v0/api-keys/create status=503", "names no path")]
    [InlineData("POST /api/v0/api-keys/create", "does nothing")]
    [InlineData("POST /api/v0/api-keys/create times=1", "does nothing")]
    [InlineData("POST /api/v0/api-keys/create status=5003", "status= needs a whole number from 100 to 599")]
    [InlineData("POST /api/v0/api-keys/create status=abc", "status= needs a whole number")]
    [InlineData("POST /api/v0/api-keys/create status=503 times=0", "times= needs a whole number from 1")]
    [InlineData("POST /api/v0/api-keys/create status=503 times=-1", "times= needs a whole number from 1")]
    [InlineData("GET /api/v0/projects latency=fast", "latency= needs a duration such as 500ms, 5s or 2m")]
    [InlineData("GET /api/v0/projects latency=2h", "latency= needs a duration")]
    [InlineData("GET /api/v0/projects latency=-1s", "latency= needs a duration")]
    [InlineData("GET /api/v0/projects reset malformed", "choose one of status=, reset and malformed")]
    [InlineData("GET /api/v0/projects reset status=500", "choose one of status=, reset and malformed")]
    [InlineData("GET /api/v0/projects reset=yes", "reset takes no value")]
    [InlineData("GET /api/v0/projects reset reset", "gives reset twice")]
    [InlineData("GET /api/v0/projects retry-after=2", "retry-after= needs status=N")]
    [InlineData("GET /api/v0/projects latency=1s body=x", "body= needs status=N")]
    [InlineData("GET /api/v0/projects status=500 body='unclosed", "no closing '")]
    [InlineData("GET /api/v0/projects status=500 slow", "unknown 'slow'. Options: status=N")]
    [InlineData("GET /api/v0/projects reset; GET /api/v0/config reset", "holds 2 faults: give one per --fault")]
    public void A_bad_spec_is_refused_saying_what_is_wrong(string spec, string expected)
    {
        var e = Assert.Throws<FaultSpecException>(() => FaultSpec.Parse(spec));

        Assert.Contains(expected, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_list_is_split_on_semicolons_outside_quotes()
    {
        var faults = FaultSpec.ParseList("GET /api/v0/projects status=500 body='{\"error\":\"a; b\"}' ; ; POST /v1/access reset times=1;");

        Assert.Equal(2, faults.Count);
        Assert.Equal("{\"error\":\"a; b\"}", faults[0].Body);
        Assert.Equal(new SandboxFault { Method = "POST", PathPrefix = "/v1/access", ResetConnection = true, Times = 1 }, faults[1]);
        Assert.Empty(FaultSpec.ParseList("  "));
    }

    [Fact]
    public async Task The_banner_lists_the_faults_it_injects()
    {
        using var temp = new TempFolder();
        await using var server = await SandboxServer.StartAsync(new SandboxOptions
        {
            DataFolder = temp.Sub("data"),
            Faults = [FaultSpec.Parse("POST /api/v0/api-keys/create status=503 times=1")],
        });

        Assert.Contains("Injecting fault (for testing): POST /api/v0/api-keys/create status=503 times=1", server.Banner(), StringComparison.Ordinal);
    }
}
