using System.Text.Json;

namespace StorjTui.Tests.Cli;

/// <summary>A full `create` at Trace log level leaves none of its secrets in the log, stdout or stderr.</summary>
public sealed class CreateSecretsTests : IDisposable
{
    private const string Passphrase = "tiger orbit velvet canyon 42 lantern";
    private readonly SandboxHome _home = new(logLevel: "Trace");

    public void Dispose() => _home.Dispose();

    [Fact]
    public void S3_credentials_secret_key_and_passphrase_stay_out_of_log_and_output()
    {
        var result = _home.RunWithStdin(Passphrase + "\n", "create", "s3", "--name", "secret-check", "--passphrase-stdin", "--sandbox", "--out", _home.Out, "--format", "json");
        Assert.True(result.ExitCode == 0, result.Stderr);
        using var bundle = JsonDocument.Parse(File.ReadAllText(result.Stdout.Trim()));
        string secretKey = bundle.RootElement.GetProperty("secret_key").GetString()!;

        AssertNowhere(result, secretKey, Passphrase, "tiger orbit");
    }

    [Fact]
    public void An_access_grant_and_its_generated_passphrase_stay_out_of_log_and_output()
    {
        var result = _home.Run("create", "access-grant", "--name", "grant-check", "--generate-passphrase", "--sandbox", "--out", _home.Out, "--json");
        Assert.True(result.ExitCode == 0, result.Stderr);
        using var summary = JsonDocument.Parse(result.Stdout);
        var files = summary.RootElement.GetProperty("files").EnumerateArray().Select(f => f.GetString()!).ToList();
        string grant = File.ReadAllText(files.Single(f => f.Contains("Access-Grant", StringComparison.Ordinal))).Trim();
        string passphrase = File.ReadAllText(files.Single(f => f.Contains("passphrase", StringComparison.Ordinal))).Trim();

        AssertNowhere(result, grant, passphrase, grant[..40]);
    }

    private void AssertNowhere(CliResult result, params string[] secrets)
    {
        string log = File.ReadAllText(_home.Paths.LogFile);
        Assert.Contains("Trace", log, StringComparison.Ordinal); // the log really ran at Trace
        string state = string.Join("\n", Directory.EnumerateFiles(_home.Paths.StateFolder, "*", SearchOption.AllDirectories).Select(File.ReadAllText));
        foreach (var secret in secrets)
        {
            Assert.DoesNotContain(secret, log, StringComparison.Ordinal);
            Assert.DoesNotContain(secret, state, StringComparison.Ordinal);
            Assert.DoesNotContain(secret, result.Stdout, StringComparison.Ordinal);
            Assert.DoesNotContain(secret, result.Stderr, StringComparison.Ordinal);
        }
    }
}
