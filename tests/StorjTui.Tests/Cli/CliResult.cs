namespace StorjTui.Tests.Cli;

/// <summary>Exit code and captured output of one command-line run.</summary>
internal sealed record CliResult(int ExitCode, string Stdout, string Stderr)
{
    public string[] StderrLines => Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>Stderr without the settings' "storj-tui: warning:" lines (e.g. the one Sandbox:Faults adds).</summary>
    public string[] ErrorLines => StderrLines.Where(l => !l.StartsWith("storj-tui: warning: ", StringComparison.Ordinal)).ToArray();

    /// <summary>Asserts the run failed with exit 1 and exactly one "storj-tui: …" error line on stderr, no stack trace.</summary>
    public void AssertOneLineFailure(int exitCode = 1)
    {
        Assert.True(ExitCode == exitCode, $"exit {ExitCode}, expected {exitCode}; stderr: {Stderr}");
        Assert.StartsWith("storj-tui: ", Assert.Single(ErrorLines), StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", Stderr, StringComparison.Ordinal);
        Assert.Equal("", Stdout);
    }
}
