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
}
