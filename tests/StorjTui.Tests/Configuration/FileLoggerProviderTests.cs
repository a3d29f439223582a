using Microsoft.Extensions.Logging;
using StorjTui.Logging;

namespace StorjTui.Tests.Configuration;

public sealed class FileLoggerProviderTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("storj-tui-log-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void A_line_logged_after_the_log_is_closed_is_dropped_instead_of_crashing_the_process()
    {
        string file = Path.Combine(_folder, "logs", "storj-tui.log");
        var provider = new FileLoggerProvider(file, LogLevel.Trace);
        ILogger logger = provider.CreateLogger("late");
        logger.LogInformation("before close");
        provider.Dispose();

        logger.LogInformation("after close"); // seen when a background step finished after the command ended

        string text = File.ReadAllText(file);
        Assert.Contains("before close", text, StringComparison.Ordinal);
        Assert.DoesNotContain("after close", text, StringComparison.Ordinal);
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file));
    }

    [Fact]
    public void Names_and_server_text_reach_the_log_as_one_line_without_escape_sequences_or_bidi_overrides()
    {
        string file = Path.Combine(_folder, "logs", "storj-tui.log");
        using (var provider = new FileLoggerProvider(file, LogLevel.Trace))
        {
            const string name = "\u001b]0;pwned\u0007\u001b]52;c;cHduZWQ=\u0007\u001b[2J\nforged entry rtl\u202Egpj.exe";
            provider.CreateLogger("cli").Log(LogLevel.Information, default, "Deleted '" + name + "'", null, (state, _) => state);
        }

        string text = File.ReadAllText(file);
        Assert.Single(text.TrimEnd('\n').Split('\n'));
        Assert.DoesNotContain(text, c => c is '\u001b' or '\u0007' or '\u202E' or '\r');
        Assert.Contains("␛]0;pwned␇␛]52;c;cHduZWQ=␇␛[2J␊forged entry rtl\\u202Egpj.exe", text, StringComparison.Ordinal);
    }
}
