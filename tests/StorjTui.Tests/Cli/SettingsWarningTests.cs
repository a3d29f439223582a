namespace StorjTui.Tests.Cli;

/// <summary>Settings that weaken safety are said out loud on stderr, once per command.</summary>
public sealed class SettingsWarningTests : IDisposable
{
    private readonly SandboxHome _home = new();

    public void Dispose() => _home.Dispose();

    [Fact]
    public void Insecure_in_effect_warns_once_on_stderr_and_the_command_still_runs()
    {
        _home.Environment["STORJ_TUI__Insecure"] = "true";

        var result = _home.Run("access", "list", "--sandbox");

        Assert.True(result.ExitCode == 0, result.Stderr);
        string[] warnings = result.Stderr.Split('\n').Where(l => l.StartsWith("storj-tui: warning:", StringComparison.Ordinal)).ToArray();
        string warning = Assert.Single(warnings);
        Assert.Contains("plain HTTP", warning, StringComparison.Ordinal);
    }

    [Fact]
    public void Default_settings_print_no_warning()
    {
        var result = _home.Run("access", "list", "--sandbox");

        Assert.True(result.ExitCode == 0, result.Stderr);
        Assert.DoesNotContain("warning", result.Stderr, StringComparison.Ordinal);
    }
}
