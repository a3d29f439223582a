using StorjTui.Cli;
using StorjTui.Configuration;
using StorjTui.Sandbox.Faults;
using StorjTui.Tests.Cli;

namespace StorjTui.Tests.Configuration;

/// <summary>Sandbox:Faults and Timeout from config.json and the environment, and `sandbox serve --fault` refusing bad specs.</summary>
public sealed class FaultSettingsTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("storj-tui-faults-").FullName;
    private readonly AppPaths paths;

    public FaultSettingsTests()
    {
        paths = AppPaths.FromEnvironment(name => name switch
        {
            "HOME" => root,
            "XDG_CONFIG_HOME" => Path.Combine(root, "config"),
            _ => null,
        });
    }

    public void Dispose() => Directory.Delete(root, recursive: true);

    private StorjTuiOptions Load(string? json, params KeyValuePair<string, string?>[] env)
    {
        if (json is not null)
        {
            Directory.CreateDirectory(paths.ConfigFolder);
            File.WriteAllText(paths.ConfigFile, json);
        }
        return AppConfiguration.Load(paths, null, env);
    }

    [Fact]
    public void No_faults_and_a_30_second_timeout_by_default()
    {
        var options = Load(null);

        Assert.Empty(options.SandboxFaults);
        Assert.Empty(options.Warnings);
        Assert.Equal(TimeSpan.FromSeconds(30), options.Timeout);
    }

    [Fact]
    public void The_environment_takes_several_faults_separated_by_semicolons()
    {
        var options = Load(null,
            KeyValuePair.Create<string, string?>("STORJ_TUI__Sandbox__Faults", "POST /api/v0/api-keys/create status=503 times=1; GET /api/v0/projects latency=5s"),
            KeyValuePair.Create<string, string?>("STORJ_TUI__Timeout", "2.5"));

        Assert.Equal(
            [
                new SandboxFault { Method = "POST", PathPrefix = "/api/v0/api-keys/create", StatusCode = 503, Times = 1 },
                new SandboxFault { Method = "GET", PathPrefix = "/api/v0/projects", Latency = TimeSpan.FromSeconds(5) },
            ],
            options.SandboxFaults);
        Assert.Equal(TimeSpan.FromSeconds(2.5), options.Timeout);
        Assert.Contains("Sandbox:Faults is set: the sandbox breaks 2 kind(s) of request on purpose, for testing.", options.Warnings);
    }

    [Fact]
    public void Config_json_takes_an_array_of_faults()
    {
        var options = Load("""{"Sandbox": {"Faults": ["POST /v1/access reset after", "GET /api/v0/config malformed times=2"]}, "Timeout": 10}""");

        Assert.Equal(
            [
                new SandboxFault { Method = "POST", PathPrefix = "/v1/access", ResetConnection = true, AfterHandling = true },
                new SandboxFault { Method = "GET", PathPrefix = "/api/v0/config", MalformedJson = true, Times = 2 },
            ],
            options.SandboxFaults);
        Assert.Equal(TimeSpan.FromSeconds(10), options.Timeout);
    }

    [Theory]
    [InlineData("STORJ_TUI__Sandbox__Faults", "GET /api/v0/projects status=700", "Sandbox:Faults: 'GET /api/v0/projects status=700': status= needs a whole number from 100 to 599.")]
    [InlineData("STORJ_TUI__Sandbox__Faults", "GET /api/v0/projects reset; oops", "Sandbox:Faults: 'oops': 'oops' is neither an HTTP method")]
    [InlineData("STORJ_TUI__Timeout", "0", "Timeout '0' is not a number of seconds from 0.1 to 600 (default 30).")]
    [InlineData("STORJ_TUI__Timeout", "30s", "Timeout '30s' is not a number of seconds")]
    public void A_bad_setting_is_refused_naming_it(string variable, string value, string expected)
    {
        var e = Assert.Throws<ConfigurationException>(() => Load(null, KeyValuePair.Create<string, string?>(variable, value)));

        Assert.Contains(expected, e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("POST /api/v0/api-keys/create status=5003", "storj-tui: --fault 'POST /api/v0/api-keys/create status=5003': status= needs a whole number from 100 to 599.")]
    [InlineData("latency=2s /v1/access", "storj-tui: --fault 'latency=2s /v1/access': 'latency=2s' is neither an HTTP method")]
    [InlineData("GET /api/v0/projects", "storj-tui: --fault 'GET /api/v0/projects' does nothing: add status=N, latency=DURATION, reset or malformed.")]
    public void Serve_refuses_a_bad_fault_as_a_usage_error(string spec, string expected)
    {
        var result = Cli.Cli.Run("sandbox", "serve", "--fault", "GET /api/v0/config reset", "--fault", spec);

        result.AssertOneLineFailure(ExitCodes.Usage);
        Assert.StartsWith(expected, result.Stderr, StringComparison.Ordinal);
    }
}
