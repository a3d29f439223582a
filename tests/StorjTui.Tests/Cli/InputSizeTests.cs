using StorjTui.Storj.Tests.Grants;

namespace StorjTui.Tests.Cli;

/// <summary>
/// Endless or huge inputs (stdin, files) are refused as "too large" at once, in bounded memory, naming the input —
/// never read to the end (which grew the process to gigabytes and ended in an overflow message).
/// </summary>
public sealed class InputSizeTests
{
    private static void TooLarge(CliResult result, string message)
    {
        result.AssertOneLineFailure();
        Assert.Equal($"storj-tui: {message}", Assert.Single(result.ErrorLines));
    }

    [Fact]
    public void An_endless_grant_on_stdin_is_too_large()
    {
        var stdin = new EndlessReader();
        TooLarge(Cli.Run(new CliSetup { StdinReader = stdin }, "access", "inspect", "-"), "the access grant on stdin is too large (more than 64 KiB)");
        Assert.InRange(stdin.CharsRead, 64 * 1024, 128 * 1024);
    }

    [Fact]
    public void An_endless_passphrase_on_stdin_is_too_large()
    {
        var stdin = new EndlessReader('a');
        TooLarge(
            Cli.Run(new CliSetup { StdinReader = stdin, Environment = { ["STORJ_API_KEY"] = Vectors.ApiKeyA } },
                "access", "create", "--satellite-address", Vectors.SatelliteB, "--salt", Vectors.SaltA, "--passphrase-stdin"),
            "the passphrase on stdin is too large (more than 1 KiB)");
        Assert.InRange(stdin.CharsRead, 1024, 4096);
    }

    [Fact]
    public void An_endless_rest_key_on_stdin_is_too_large()
    {
        var stdin = new EndlessReader('k');
        using var home = new SandboxHome();
        // The key is read before anything is sent; the loopback port 9 would refuse anyway.
        var result = home.Run(new CliSetup { StdinReader = stdin }, "login", "--rest-key-stdin", "--satellite", "http://127.0.0.1:9");
        Assert.Contains("storj-tui: the console REST key on stdin is too large (more than 64 KiB)", result.Stderr, StringComparison.Ordinal);
        Assert.Equal(1, result.ExitCode);
        Assert.InRange(stdin.CharsRead, 64 * 1024, 128 * 1024);
    }

    [Fact]
    public void An_endless_access_file_is_too_large()
    {
        TooLarge(Cli.Run("access", "inspect", "--access-file", "/dev/zero"), "the access grant file /dev/zero is too large (more than 64 KiB)");
    }

    [Fact]
    public void An_endless_bundle_is_too_large()
    {
        TooLarge(Cli.Run("verify", "--bundle", "/dev/zero"),
            "The bundle /dev/zero is too large (more than 64 KiB): give the .json, .env or .txt file saved with the S3 credentials.");
    }

    [Fact]
    public void A_megabyte_of_base58_is_refused_before_decoding()
    {
        // 1 MB of base58 took 26 s to decode; now it is refused as too large while reading stdin...
        TooLarge(Cli.RunWithStdin(new string('z', 1024 * 1024), "access", "inspect", "-"), "the access grant on stdin is too large (more than 64 KiB)");
        // ...and text that fits the read but not a grant is refused before decoding.
        var result = Cli.RunWithStdin(new string('z', 40 * 1024), "access", "inspect", "-");
        result.AssertOneLineFailure();
        Assert.Contains("access grant is too long: 40960 characters", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_true_false_option_with_another_value_is_named()
    {
        var result = Cli.Run(new CliSetup { Environment = { ["STORJ_ACCESS"] = Vectors.InspectGrant } }, "access", "restrict", "--readonly=maybe");
        Assert.Equal(2, result.ExitCode);
        Assert.Equal("storj-tui: --readonly takes true or false, not 'maybe'.", result.StderrLines[0]);
        Assert.DoesNotContain("too short", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_grant_given_as_an_argument_warns_once_that_it_is_visible()
    {
        var result = Cli.Run("access", "inspect", Vectors.InspectGrant);
        Assert.Equal(0, result.ExitCode);
        var warning = Assert.Single(result.StderrLines);
        Assert.Equal("storj-tui: warning: the access grant was given as an argument, which other users can see in the process list; " +
            "pass '-' to read it from stdin, use a file, or the environment instead.", warning);
        Assert.DoesNotContain(Vectors.InspectGrant, result.Stderr, StringComparison.Ordinal);

        Assert.Empty(Cli.RunWithStdin(Vectors.InspectGrant, "access", "inspect", "-").Stderr);
    }

    [Fact]
    public void An_api_key_given_as_an_argument_warns()
    {
        var result = Cli.RunWithStdin(Vectors.PassphraseA + "\n",
            "access", "create", "--satellite-address", Vectors.SatelliteB, "--salt", Vectors.SaltA, "--passphrase-stdin", "--api-key", Vectors.ApiKeyA);
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("storj-tui: warning: the API key was given as an argument, which other users can see in the process list", Assert.Single(result.StderrLines), StringComparison.Ordinal);
    }

    [Fact]
    public void A_huge_saved_session_is_too_large_naming_the_file()
    {
        using var home = new SandboxHome();
        Directory.CreateDirectory(Path.GetDirectoryName(home.Paths.SessionFile)!);
        // 32 MiB of JSON whitespace: reading it whole once cost 64 MB of string before the parser said "no token".
        File.WriteAllBytes(home.Paths.SessionFile, Enumerable.Repeat((byte)' ', 32 * 1024 * 1024).ToArray());

        var result = home.Run("access", "list");

        TooLarge(result, $"The saved session {home.Paths.SessionFile} is too large (more than 64 KiB): it is not a session this app saved. Run 'storj-tui login' again.");
    }
}
