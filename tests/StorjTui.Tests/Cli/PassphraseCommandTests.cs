using System.Diagnostics;
using NBitcoin;
using StorjTui.Cli;

namespace StorjTui.Tests.Cli;

public class PassphraseCommandTests
{
    [Theory]
    [InlineData(new string[0], 1)]
    [InlineData(new[] { "--count", "5" }, 5)]
    [InlineData(new[] { "--count", "1000" }, 1000)]
    public void Prints_n_valid_distinct_phrases_one_per_line(string[] options, int expected)
    {
        var (exitCode, output, error) = Invoke(["passphrase", .. options]);

        Assert.Equal(0, exitCode);
        Assert.Empty(error);
        Assert.EndsWith("\n", output, StringComparison.Ordinal);
        var lines = output.TrimEnd('\n').Split('\n');
        Assert.Equal(expected, lines.Length);
        Assert.Equal(expected, lines.Distinct().Count());
        Assert.All(lines, line =>
        {
            Assert.Equal(12, line.Split(' ').Length);
            Assert.True(new Mnemonic(line, Wordlist.English).IsValidChecksum);
        });
    }

    [Theory]
    [InlineData("0")]
    [InlineData("1001")]
    [InlineData("-3")]
    [InlineData("abc")]
    [InlineData("2.5")]
    [InlineData("")]
    public void Bad_count_is_a_clear_message_on_stderr_and_exit_code_2(string count)
    {
        var (exitCode, output, error) = Invoke(["passphrase", "--count", count]);

        Assert.Equal(2, exitCode);
        Assert.Empty(output);
        Assert.Equal("--count must be a whole number from 1 to 1000.\n", error.Replace("\r\n", "\n", StringComparison.Ordinal));
    }

    [Fact]
    public void The_storj_tui_executable_prints_five_phrases()
    {
        // The real process: proves the command is registered and needs no configuration or network.
        var dll = Path.Join(AppContext.BaseDirectory, "storj-tui.dll");
        var start = new ProcessStartInfo("dotnet", ["exec", dll, "passphrase", "--count", "5"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetTempPath(),
        };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        var error = process.StandardError.ReadToEnd();
        Assert.True(process.WaitForExit(TimeSpan.FromSeconds(60)));

        Assert.Equal(0, process.ExitCode);
        Assert.Empty(error);
        var lines = output.TrimEnd('\n').Split('\n');
        Assert.Equal(5, lines.Length);
        Assert.All(lines, line => Assert.True(new Mnemonic(line, Wordlist.English).IsValidChecksum));
    }

    private static (int ExitCode, string Output, string Error) Invoke(string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = CommandLine.Run(args, output, error);
        return (exitCode, output.ToString(), error.ToString());
    }
}
