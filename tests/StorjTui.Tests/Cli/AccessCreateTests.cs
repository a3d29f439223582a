using StorjTui.Storj.Tests.Grants;

namespace StorjTui.Tests.Cli;

/// <summary>`access create` against the console's own WebAssembly vector (STORJ.md §7 A).</summary>
public sealed class AccessCreateTests
{
    private const string NodeUrl = "1ds2WEsr2Frv8AFcPkdHfCdUjDrnGpb6y4rpADpX32TXzxg57k@127.0.0.1:44819";

    private static CliResult CreateA(CliSetup setup, params string[] options) =>
        Cli.Run(setup, ["access", "create", "--satellite-address", "a", "--salt", Vectors.SaltA, .. options]);

    [Fact]
    public void Builds_the_consoles_grant_from_key_salt_and_passphrase_on_stdin()
    {
        var result = CreateA(
            new CliSetup { Stdin = Vectors.PassphraseA + "\n", Environment = { ["STORJ_API_KEY"] = Vectors.ApiKeyA } },
            "--passphrase-stdin");
        Assert.Equal((0, Vectors.GrantA + "\n"), (result.ExitCode, result.Stdout));
        // "a" is the vector's satellite, not a node URL: a warning, not an error.
        Assert.Contains("warning", Assert.Single(result.StderrLines), StringComparison.Ordinal);
    }

    [Fact]
    public void Reads_the_key_from_a_file_and_the_passphrase_from_a_terminal_prompt_twice()
    {
        string file = Path.GetTempFileName();
        try
        {
            File.WriteAllText(file, Vectors.ApiKeyA + "\n");
            var terminal = new FakeTerminal(Vectors.PassphraseA, Vectors.PassphraseA);
            var result = CreateA(new CliSetup { Terminal = terminal }, "--api-key-file", file);
            Assert.Equal((0, Vectors.GrantA + "\n"), (result.ExitCode, result.Stdout));
            Assert.Equal(["Passphrase: ", "Passphrase again: "], terminal.Prompts);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Takes_the_key_from_stdin_with_dash_when_the_passphrase_is_prompted()
    {
        var result = CreateA(new CliSetup { Stdin = Vectors.ApiKeyA, Terminal = new FakeTerminal(Vectors.PassphraseA, Vectors.PassphraseA) }, "--api-key", "-");
        Assert.Equal(Vectors.GrantA + "\n", result.Stdout);
    }

    [Fact]
    public void Mismatched_prompted_passphrases_fail()
    {
        var result = Cli.Run(new CliSetup { Environment = { ["STORJ_API_KEY"] = Vectors.ApiKeyA }, Terminal = new FakeTerminal("one", "two") },
            "access", "create", "--satellite-address", NodeUrl, "--salt", Vectors.SaltA);
        result.AssertOneLineFailure();
        Assert.Contains("do not match", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_terminal_or_passphrase_stdin_is_a_usage_error()
    {
        var result = Cli.Run(new CliSetup { Environment = { ["STORJ_API_KEY"] = Vectors.ApiKeyA } },
            "access", "create", "--satellite-address", NodeUrl, "--salt", Vectors.SaltA);
        result.AssertOneLineFailure(exitCode: 2);
        Assert.Contains("--passphrase-stdin", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Key_and_passphrase_cannot_both_come_from_stdin()
    {
        var result = Cli.Run(new CliSetup { Stdin = "x" }, "access", "create", "--satellite-address", NodeUrl, "--salt", Vectors.SaltA, "--api-key", "-", "--passphrase-stdin");
        result.AssertOneLineFailure(exitCode: 2);
    }

    [Theory]
    [InlineData("not base64!", "pass", "--salt")]
    [InlineData("", "pass", "--salt")]
    [InlineData(Vectors.SaltA, "\n", "empty")]
    public void Bad_salt_or_empty_passphrase_fails_with_one_line(string salt, string stdin, string mentions)
    {
        var result = Cli.Run(new CliSetup { Stdin = stdin, Environment = { ["STORJ_API_KEY"] = Vectors.ApiKeyA } },
            "access", "create", "--satellite-address", NodeUrl, "--salt", salt, "--passphrase-stdin");
        result.AssertOneLineFailure();
        Assert.Contains(mentions, result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_required_options_are_usage_errors()
    {
        var result = Cli.Run("access", "create", "--passphrase-stdin");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--satellite-address", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void There_is_no_passphrase_argument_and_help_says_so()
    {
        Assert.Equal(2, Cli.Run("access", "create", "--passphrase", "secret").ExitCode);
        var help = Cli.Run("access", "create", "--help").Stdout;
        Assert.Contains("never from an argument", help, StringComparison.Ordinal);
        Assert.Contains("STORJ_API_KEY", help, StringComparison.Ordinal);
    }
}
