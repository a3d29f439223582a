using Microsoft.Extensions.Logging;
using StorjTui.Configuration;

namespace StorjTui.Tests.Configuration;

public sealed class AppConfigurationTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("storj-tui-config-").FullName;
    private readonly AppPaths paths;

    public AppConfigurationTests()
    {
        paths = AppPaths.FromEnvironment(name => name switch
        {
            "HOME" => root,
            "XDG_CONFIG_HOME" => Path.Combine(root, "config"),
            _ => null,
        });
    }

    public void Dispose() => Directory.Delete(root, recursive: true);

    private static readonly KeyValuePair<string, string?>[] NoEnvironment = [];

    private StorjTuiOptions Load(string? json = null, Dictionary<string, string?>? switches = null, params KeyValuePair<string, string?>[] env)
    {
        if (json is not null)
        {
            Directory.CreateDirectory(paths.ConfigFolder);
            File.WriteAllText(paths.ConfigFile, json);
        }
        return AppConfiguration.Load(paths, switches, env.Length == 0 ? NoEnvironment : env);
    }

    [Fact]
    public void Defaults_apply_without_any_source()
    {
        StorjTuiOptions options = Load();
        Assert.Equal("us1", options.Region);
        Assert.Equal(LogLevel.Information, options.LogLevel);
        Assert.False(options.Insecure);
        Assert.Empty(options.Warnings);
    }

    [Fact]
    public void Paths_follow_xdg_and_fall_back_to_home()
    {
        Assert.Equal(Path.Combine(root, "config", "storj-tui", "config.json"), paths.ConfigFile);
        Assert.Equal(Path.Combine(root, ".local", "state", "storj-tui", "storj-tui.log"), paths.LogFile);
        Assert.Equal(Path.Combine(root, ".local", "share", "storj-tui", "sandbox"), paths.SandboxFolder);
    }

    [Fact]
    public void File_then_environment_then_switches_each_override_the_one_before()
    {
        const string json = """{"Region":"eu1","LogLevel":"Debug"}""";
        Assert.Equal("eu1", Load(json).Region);
        Assert.Equal("ap1", Load(json, null, KeyValuePair.Create<string, string?>("STORJ_TUI__Region", "ap1")).Region);
        StorjTuiOptions both = Load(json, new() { ["Region"] = "us1" }, KeyValuePair.Create<string, string?>("STORJ_TUI__Region", "ap1"));
        Assert.Equal("us1", both.Region);
        Assert.Equal(LogLevel.Debug, both.LogLevel);
    }

    [Fact]
    public void Unknown_region_is_refused_with_the_choices()
    {
        var e = Assert.Throws<ConfigurationException>(() => Load("""{"Region":"mars1"}"""));
        Assert.Contains("us1, eu1, ap1", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Malformed_config_file_names_the_file_and_line()
    {
        var e = Assert.Throws<ConfigurationException>(() => Load("{\n  \"Region\": \"eu1\"\n  \"Insecure\": true\n}"));
        Assert.Contains(paths.ConfigFile, e.Message, StringComparison.Ordinal);
        Assert.Contains("line 3", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_folder_where_the_config_file_should_be_is_refused()
    {
        Directory.CreateDirectory(paths.ConfigFile);
        var e = Assert.Throws<ConfigurationException>(() => Load());
        Assert.Contains("is a folder", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Password")]
    [InlineData("passphrase")]
    [InlineData("Token")]
    public void Secrets_in_the_config_file_are_refused_without_echoing_them(string key)
    {
        var e = Assert.Throws<ConfigurationException>(() => Load($$"""{"{{key}}":"hunter2-value"}"""));
        Assert.Contains("secrets do not belong", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2-value", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"Sandbox":{"Password":"hunter2-value"}}""", "Sandbox:Password")]
    [InlineData("""{"SecretKey":"hunter2-value"}""", "SecretKey")]
    [InlineData("""{"RestKey":"hunter2-value"}""", "RestKey")]
    [InlineData("""{"Sandbox":{"SessionToken":"hunter2-value"}}""", "Sandbox:SessionToken")]
    [InlineData("""{"Sandbox":{"Faults":[{"rest_key":"hunter2-value"}]}}""", "Sandbox:Faults:rest_key")]
    public void Secret_looking_keys_are_refused_at_any_depth_naming_the_setting(string json, string setting)
    {
        var e = Assert.Throws<ConfigurationException>(() => Load(json));
        Assert.Contains($"\"{setting}\" setting: secrets do not belong", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2-value", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_utf8_byte_order_mark_is_accepted()
    {
        Directory.CreateDirectory(paths.ConfigFolder);
        File.WriteAllBytes(paths.ConfigFile, [0xEF, 0xBB, 0xBF, .. System.Text.Encoding.UTF8.GetBytes("""{"Region":"eu1"}""")]);
        Assert.Equal("eu1", AppConfiguration.Load(paths, null, NoEnvironment).Region);
    }

    [Theory]
    [InlineData("""{"Region":["eu1"]}""", "Region must be a single value")]
    [InlineData("""{"Region":{"Name":"eu1"}}""", "Region must be a single value")]
    [InlineData("""{"Region":null}""", "\"Region\" is null")]
    [InlineData("""{"Sandbox":{"Port":null}}""", "\"Sandbox:Port\" is null")]
    public void A_setting_that_is_a_list_or_null_is_an_error_not_the_default(string json, string message)
    {
        var e = Assert.Throws<ConfigurationException>(() => Load(json));
        Assert.Contains(message, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_endless_config_file_is_too_large()
    {
        Directory.CreateDirectory(paths.ConfigFolder);
        File.CreateSymbolicLink(paths.ConfigFile, "/dev/zero");
        var e = Assert.Throws<ConfigurationException>(() => AppConfiguration.Load(paths, null, NoEnvironment));
        Assert.Equal($"{paths.ConfigFile} is too large (more than 1 MiB): a config file is a few lines of JSON; fix or remove it.", e.Message);
    }

    [Theory]
    [InlineData("not a url")]
    [InlineData("ftp://example.com")]
    public void Bad_urls_are_refused(string url)
    {
        var e = Assert.Throws<ConfigurationException>(() => Load(null, new() { ["Region"] = "custom", ["SatelliteUrl"] = url, ["SatelliteNodeUrl"] = "id@host:7777" }));
        Assert.Contains("is not a URL", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Plain_http_to_a_remote_host_needs_insecure_which_warns()
    {
        var custom = new Dictionary<string, string?> { ["Region"] = "custom", ["SatelliteUrl"] = "http://satellite.example.com", ["SatelliteNodeUrl"] = "id@satellite.example.com:7777" };
        var e = Assert.Throws<ConfigurationException>(() => Load(null, custom));
        Assert.Contains("--insecure", e.Message, StringComparison.Ordinal);

        custom["Insecure"] = "true";
        StorjTuiOptions options = Load(null, custom);
        Assert.Equal(new Uri("http://satellite.example.com"), options.SatelliteUrl);
        Assert.Contains(options.Warnings, w => w.Contains("plain HTTP", StringComparison.Ordinal));
    }

    /// <summary>The sandbox's satellite flags: on, on, off by default (as the satellite); config.json, environment and switches set them.</summary>
    [Fact]
    public void The_sandbox_satellite_flags_default_as_the_satellite_and_each_source_sets_them()
    {
        StorjTuiOptions defaults = Load();
        Assert.True(defaults.SandboxObjectLockUI);
        Assert.True(defaults.SandboxBucketEventingUI);
        Assert.False(defaults.SandboxLogInCaptcha);

        StorjTuiOptions set = Load(
            """{"Sandbox":{"ObjectLockUI":false}}""",
            new() { ["Sandbox:LogInCaptcha"] = "true" },
            KeyValuePair.Create<string, string?>("STORJ_TUI__Sandbox__BucketEventingUI", "off"));
        Assert.False(set.SandboxObjectLockUI);
        Assert.False(set.SandboxBucketEventingUI);
        Assert.True(set.SandboxLogInCaptcha);
    }

    [Fact]
    public void Plain_http_to_loopback_is_fine()
    {
        StorjTuiOptions options = Load(null, new() { ["Region"] = "custom", ["SatelliteUrl"] = "http://127.0.0.1:10000", ["SatelliteNodeUrl"] = "id@127.0.0.1:7777" });
        Assert.Empty(options.Warnings);
    }

    [Fact]
    public void Custom_region_needs_both_urls()
    {
        var e = Assert.Throws<ConfigurationException>(() => Load("""{"Region":"custom"}"""));
        Assert.Contains("SatelliteNodeUrl", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("LogLevel", "Loud", "LogLevel 'Loud'")]
    [InlineData("Insecure", "maybe", "is not true or false")]
    [InlineData("Sandbox:Port", "99999", "is not a port number")]
    [InlineData("Sandbox:LogInCaptcha", "maybe", "Sandbox:LogInCaptcha = 'maybe' is not true or false")]
    [InlineData("Sandbox:ObjectLockUI", "enabled", "Sandbox:ObjectLockUI = 'enabled' is not true or false")]
    [InlineData("SatelliteNodeUrl", "no-at-sign", "is not a node URL")]
    public void Bad_values_name_the_setting(string key, string value, string expected)
    {
        var e = Assert.Throws<ConfigurationException>(() => Load(null, new() { [key] = value }));
        Assert.Contains(expected, e.Message, StringComparison.Ordinal);
    }
}
