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

    /// <summary>The log writer itself runs the redactor: secret-shaped text logged through the real provider never reaches the file.</summary>
    [Fact]
    public void Secret_shaped_text_is_masked_in_the_file()
    {
        const string secretKey = "abcdefghijklmnopqrstuvwxyz234567abcdefghijklmnopqrstu";
        const string grant = "158UWUf6FHtCk8RGQn2JAXETNRnVwyoF7yEQQnuvPrLbsCPpttuAVWwzQ2YgD2bpQLpdBnctHssvQsqeju7kn7gz3LEJZSdRqyRG6rA9Da3PLGsawWMtM3NdGVqq9akyEmotsN7eMJVC1mfTsupiYXeHioTTTg11kY";
        string file = Path.Combine(_folder, "logs", "storj-tui.log");
        using (var provider = new FileLoggerProvider(file, LogLevel.Trace))
        {
            ILogger logger = provider.CreateLogger("secrets");
            logger.LogWarning("auth service answered secret {SecretKey} for grant {Grant}", secretKey, grant);
            logger.LogError(new InvalidOperationException($"bad body: {secretKey}"), "request failed");
        }

        string text = File.ReadAllText(file);
        Assert.Contains("auth service answered secret", text, StringComparison.Ordinal);
        Assert.Contains("request failed", text, StringComparison.Ordinal);
        Assert.DoesNotContain(secretKey, text, StringComparison.Ordinal);
        Assert.DoesNotContain(secretKey[..20], text, StringComparison.Ordinal);
        Assert.DoesNotContain(grant[..20], text, StringComparison.Ordinal);
        Assert.Equal(3, text.Split(SecretRedactor.Mask).Length - 1);
    }
}
