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

    private const UnixFileMode OwnerOnlyFile = UnixFileMode.UserRead | UnixFileMode.UserWrite;
    private const UnixFileMode OwnerOnlyFolder = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;

    [Fact]
    public void An_existing_log_file_readable_by_others_is_made_private()
    {
        string file = Path.Combine(_folder, "storj-tui.log");
        File.WriteAllText(file, "an older line\n");
        File.SetUnixFileMode(file, OwnerOnlyFile | UnixFileMode.GroupRead | UnixFileMode.OtherRead);

        using (var provider = new FileLoggerProvider(file, LogLevel.Trace))
        {
            provider.CreateLogger("test").LogInformation("a new line");
        }

        Assert.Equal(OwnerOnlyFile, File.GetUnixFileMode(file));
        Assert.StartsWith("an older line\n", File.ReadAllText(file), StringComparison.Ordinal);
    }

    [Fact]
    public void Every_folder_created_on_the_way_to_the_log_is_private()
    {
        // As on a fresh account: no ~/.local yet, so the XDG base folders are created by the app.
        string home = Path.Combine(_folder, "home");
        Directory.CreateDirectory(home);
        var paths = StorjTui.Configuration.AppPaths.FromEnvironment(name => name == "HOME" ? home : null);

        new FileLoggerProvider(paths.LogFile, LogLevel.Trace).Dispose();

        foreach (string created in new[] { ".local", Path.Combine(".local", "state"), Path.Combine(".local", "state", "storj-tui") })
        {
            Assert.True(OwnerOnlyFolder == File.GetUnixFileMode(Path.Combine(home, created)), $"{created} is {File.GetUnixFileMode(Path.Combine(home, created))}");
        }
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

