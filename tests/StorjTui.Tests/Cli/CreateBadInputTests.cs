using System.Globalization;

namespace StorjTui.Tests.Cli;

/// <summary>Issue 7's bad names, dates, passphrases and settings through `create`: a clear message, exit 1, nothing created.</summary>
public sealed class CreateBadInputTests : IDisposable
{
    private const string Passphrase = "a long enough passphrase";
    private readonly SandboxHome _home = new();

    public void Dispose() => _home.Dispose();

    private CliResult Create(string stdin, params string[] args) =>
        _home.RunWithStdin(stdin, ["create", "s3", "--passphrase-stdin", "--sandbox", "--out", _home.Out, .. args]);

    private void AssertRefused(CliResult result, string mentions)
    {
        Assert.True(result.ExitCode == 1, $"exit {result.ExitCode}: {result.Stderr}");
        Assert.Contains(mentions, result.Stderr, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("", result.Stdout);
        Assert.False(Directory.Exists(_home.Out) && Directory.EnumerateFiles(_home.Out).Any(), "nothing may be written");
    }

    public static TheoryData<string, string> BadNames() => new()
    {
        { "", "name" },
        { new string('n', 101), "100" },
        { "tab\there", "name" },
        { "   ", "name" },
    };

    [Theory]
    [MemberData(nameof(BadNames))]
    public void Bad_names_are_refused(string name, string mentions) => AssertRefused(Create(Passphrase, "--name", name), mentions);

    [Fact]
    public void Duplicate_names_are_case_sensitive_like_the_console()
    {
        Assert.Equal(0, Create(Passphrase, "--name", "Backup").ExitCode);
        Assert.Equal(1, Create(Passphrase, "--name", "Backup").ExitCode);
        Assert.Equal(0, Create(Passphrase, "--name", "backup").ExitCode);
    }

    [Fact]
    public void Bad_end_dates_are_refused()
    {
        string earlierToday = DateTimeOffset.UtcNow.AddMinutes(-30).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        foreach (var date in new[] { "2001-01-01", earlierToday, "2026-02-30", "next week", "2200-01-01", "30m" })
        {
            AssertRefused(Create(Passphrase, "--name", "dated", "--not-after", date), "");
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n")]
    [InlineData("   \t ")]
    public void Empty_or_blank_passphrases_are_refused(string stdin) => AssertRefused(Create(stdin, "--name", "blank"), "passphrase");

    [Fact]
    public void A_twelve_word_phrase_with_a_mistyped_word_is_a_warning_not_an_error()
    {
        var result = Create("abandon ability able about above absent absorb abstract absurd abuse access acident\n", "--name", "typo");
        Assert.True(result.ExitCode == 0, result.Stderr);
        Assert.Contains("warning", result.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("STORJ_TUI__Region", "mars")]
    [InlineData("STORJ_TUI__LogLevel", "loud")]
    [InlineData("STORJ_TUI__Sandbox__S3Gateway", "http://gateway.example.com/")]
    public void Bad_settings_fail_with_one_line_before_anything_happens(string variable, string value)
    {
        _home.Environment[variable] = value;
        Create(Passphrase, "--name", "cfg").AssertOneLineFailure();
    }

    [Fact]
    public void A_malformed_config_file_fails_with_one_line()
    {
        Directory.CreateDirectory(_home.Paths.ConfigFolder);
        File.WriteAllText(_home.Paths.ConfigFile, "{ not json");
        var result = Create(Passphrase, "--name", "cfg");
        result.AssertOneLineFailure();
        Assert.Contains("config.json", result.Stderr, StringComparison.Ordinal);
    }
}
