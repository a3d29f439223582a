using System.Text.Json;

namespace StorjTui.Tests.Cli;

/// <summary>
/// Names and text from the satellite (here the sandbox, answering through faults) reach the terminal and the log
/// with escape sequences and bidi overrides shown visibly (␛, &lt;U+202E&gt;), never raw; --json keeps its escaping.
/// </summary>
public sealed class UntrustedTextTests : IDisposable
{
    // JSON escapes, so the fault spec itself holds no raw control character.
    private const string TitleAndBell = @"\u001b]0;pwned\u0007";
    private const string Clipboard = @"\u001b]52;c;cHduZWQ=\u0007";
    private const string ClearScreen = @"\u001b[2J";
    private const string Rtl = @"\u202e";
    private const string ProjectName = "proj " + TitleAndBell + " " + Rtl + "gpj.exe";
    private const string AccessA = "a " + Clipboard;
    private const string AccessB = "b " + ClearScreen + " rtl" + Rtl + "gpj.exe" + @"\nforged row";

    private readonly SandboxHome _home = new();

    public void Dispose() => _home.Dispose();

    private static readonly string Faults =
        "GET /api/v0/projects status=200 body='[{\"id\":\"11111111-2222-3333-4444-555555555555\",\"name\":\"" + ProjectName + "\",\"createdAt\":\"2025-01-02T03:04:05Z\",\"hasManagedPassphrase\":false}]'; " +
        "GET /api/v0/api-keys/list-paged status=200 body='{\"apiKeys\":[" +
        "{\"id\":\"k1\",\"name\":\"" + AccessA + "\",\"createdAt\":\"2025-01-02T03:04:05Z\"}," +
        "{\"id\":\"k2\",\"name\":\"" + AccessB + "\",\"createdAt\":\"2025-01-03T03:04:05Z\"}],\"pageCount\":1,\"currentPage\":1,\"totalCount\":2}'";

    [Fact]
    public void Access_list_shows_hostile_names_visibly_one_row_each()
    {
        var result = Run("access", "list", "--sandbox");

        Assert.True(result.ExitCode == 0, result.Stderr);
        AssertNothingHidden(result);
        Assert.Equal(
            ["2025-01-03T03:04:05.000Z  b ␛[2J rtl\\u202Egpj.exe␊forged row", "2025-01-02T03:04:05.000Z  a ␛]52;c;cHduZWQ=␇"],
            result.Stdout.TrimEnd('\n').Split('\n'));
    }

    [Fact]
    public void Access_list_json_keeps_the_names_exactly_and_escaped()
    {
        var result = Run("access", "list", "--sandbox", "--json");

        Assert.True(result.ExitCode == 0, result.Stderr);
        AssertNothingHidden(result);
        using var json = JsonDocument.Parse(result.Stdout);
        Assert.Equal(
            [JsonSerializer.Deserialize<string>($"\"{AccessB}\""), JsonSerializer.Deserialize<string>($"\"{AccessA}\"")],
            json.RootElement.EnumerateArray().Select(a => a.GetProperty("name").GetString()));
    }

    [Theory]
    [InlineData("no project named 'nope␛[2J': the projects are 'proj ␛]0;pwned␇ \\u202Egpj.exe'.", "access", "list", "--sandbox", "--project", "nope\u001b[2J")]
    [InlineData("there is no access named 'x␛]0;t␇\\u202E' in 'proj ␛]0;pwned␇ \\u202Egpj.exe'.", "access", "delete", "x\u001b]0;t\u0007\u202E", "--yes", "--sandbox")]
    public void Errors_echo_hostile_project_and_access_names_visibly(string expected, params string[] args)
    {
        var result = Run(args);

        result.AssertOneLineFailure();
        AssertNothingHidden(result);
        Assert.Contains(expected, result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Verify_shows_a_hostile_endpoint_from_a_bundle_visibly()
    {
        var bundle = Path.Combine(_home.Root, "hostile.json");
        File.WriteAllText(bundle, "{\"access_key_id\":\"jwaqbvlr6zpbcjnfbimfxdqirc4a\",\"secret_key\":\"jzpwvi2ozwfamxhs4ukk52rnoj3lpbvq5ai3hbkrn45iyowmyeeta\",\"endpoint\":\"" + TitleAndBell + ClearScreen + Rtl + "\"}");

        var result = _home.Run("verify", "--bundle", bundle);

        Assert.Equal(1, result.ExitCode);
        AssertNothingHidden(result);
        Assert.Contains("The endpoint \"␛]0;pwned␇␛[2J\\u202E\" is not an http:// or https:// URL", result.Stderr, StringComparison.Ordinal);
    }

    private CliResult Run(params string[] args)
    {
        var environment = new Dictionary<string, string?>(_home.Environment) { ["STORJ_TUI__Sandbox__Faults"] = Faults };
        return Cli.Run(new CliSetup { Environment = environment }, args);
    }

    private void AssertNothingHidden(CliResult result)
    {
        var log = File.Exists(_home.Paths.LogFile) ? File.ReadAllText(_home.Paths.LogFile) : "";
        foreach (var (what, text) in new[] { ("stdout", result.Stdout), ("stderr", result.Stderr), ("log", log) })
        {
            Assert.False(text.Any(c => c is '\u001b' or '\u0007' or '\u009b' or '\u202E' or '\r'), $"{what} holds a raw control or bidi character: {text}");
        }
    }
}
