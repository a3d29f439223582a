namespace StorjTui.Tests.Cli;

public sealed class RootCommandTests
{
    [Fact]
    public void Version_prints_the_tools_version_even_in_process()
    {
        var result = Cli.Run("--version");
        Assert.Equal((0, ""), (result.ExitCode, result.Stderr));
        Assert.StartsWith("0.1.0", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_command_or_option_is_exit_2_with_a_help_hint()
    {
        var result = Cli.Run("access", "create", "--no-such-option");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--help", result.Stderr, StringComparison.Ordinal);
        // An optional GRANT argument must not swallow a mistyped option.
        Cli.Run("access", "inspect", "--no-such-option").AssertOneLineFailure(exitCode: 2);
    }
}
