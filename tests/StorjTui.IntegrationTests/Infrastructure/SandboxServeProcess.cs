using System.Diagnostics;
using System.Globalization;

namespace StorjTui.IntegrationTests.Infrastructure;

/// <summary>
/// A real <c>dotnet storj-tui.dll sandbox serve</c> child process with its own XDG folders under <see cref="Home"/>;
/// started once its banner is printed, killed on dispose. Also runs other storj-tui commands against it.
/// </summary>
public sealed class SandboxServeProcess : IDisposable
{
    private const string UrlLine = "Sandbox satellite console and auth service: ";
    private const string RestKeyLine = "Console REST key (for storj-tui login ";

    private readonly Process _process;
    private readonly List<string> _banner;

    private SandboxServeProcess(Process process, string home, IReadOnlyDictionary<string, string?> environment, List<string> banner)
    {
        _process = process;
        _banner = banner;
        Home = home;
        Environment = environment;
        Url = new Uri(Value(UrlLine));
        RestKey = Value(RestKeyLine).Split("): ", 2)[1];
    }

    /// <summary>The app as built next to the tests.</summary>
    public static string AppDll => Path.Join(AppContext.BaseDirectory, "storj-tui.dll");

    public string Home { get; }

    /// <summary>HOME and XDG_* for the server and the commands run against it.</summary>
    public IReadOnlyDictionary<string, string?> Environment { get; }

    public Uri Url { get; }

    public string RestKey { get; }

    public int ProcessId => _process.Id;

    public IReadOnlyList<string> Banner => _banner;

    /// <summary>Starts the server; <paramref name="serverEnvironment"/> adds STORJ_TUI__ settings for it only.</summary>
    public static SandboxServeProcess Start(IEnumerable<string> extraArguments, IReadOnlyDictionary<string, string?>? serverEnvironment = null)
    {
        var home = Directory.CreateTempSubdirectory("storj-tui-it-serve-").FullName;
        var environment = new Dictionary<string, string?>
        {
            ["HOME"] = home,
            ["XDG_CONFIG_HOME"] = Path.Join(home, "config"),
            ["XDG_DATA_HOME"] = Path.Join(home, "data"),
            ["XDG_STATE_HOME"] = Path.Join(home, "state"),
        };
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { AppDll, "sandbox", "serve" }.Concat(extraArguments))
        {
            start.ArgumentList.Add(argument);
        }
        foreach (var (name, value) in environment.Concat(serverEnvironment ?? new Dictionary<string, string?>()))
        {
            start.Environment[name] = value;
        }
        var process = Process.Start(start) ?? throw new InvalidOperationException("could not start dotnet");
        var errors = process.StandardError.ReadToEndAsync();
        var banner = new List<string>();
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (true)
        {
            var read = process.StandardOutput.ReadLineAsync();
            if (!read.Wait(TimeSpan.FromSeconds(Math.Max(1, (deadline - DateTime.UtcNow).TotalSeconds))) || read.Result is null)
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit();
                var error = errors.Wait(TimeSpan.FromSeconds(5)) ? errors.Result : "";
                process.Dispose();
                Directory.Delete(home, recursive: true);
                throw new InvalidOperationException($"sandbox serve printed no banner: {string.Join('\n', banner)} {error}");
            }
            banner.Add(read.Result);
            if (read.Result.StartsWith("Press Ctrl+C", StringComparison.Ordinal))
            {
                break;
            }
        }
        return new SandboxServeProcess(process, home, environment, banner);
    }

    /// <summary>Runs <c>dotnet storj-tui.dll ARGS</c> with this server's home plus <paramref name="extra"/> settings.</summary>
    public Task<CommandResult> RunAsync(IEnumerable<string> arguments, string? stdin = null, IReadOnlyDictionary<string, string?>? extra = null, TimeSpan? timeout = null)
    {
        var environment = new Dictionary<string, string?>(Environment);
        foreach (var (name, value) in extra ?? new Dictionary<string, string?>())
        {
            environment[name] = value;
        }
        return ExternalCommand.RunAsync("dotnet", [AppDll, .. arguments], environment, stdin, Home, timeout);
    }

    /// <summary>Saves a console session for the demo account (its REST key on stdin), as a script would.</summary>
    public async Task LogInAsync()
    {
        var login = await RunAsync(["login", "--satellite", Url.AbsoluteUri, "--rest-key-stdin"], RestKey + "\n");
        if (!login.Succeeded)
        {
            throw new InvalidOperationException($"login failed: {login.Describe()}");
        }
    }

    /// <summary>The server's resident memory (VmRSS) in KiB.</summary>
    public long ResidentKiB()
    {
        var line = File.ReadLines($"/proc/{ProcessId}/status").First(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
        return long.Parse(line["VmRSS:".Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
    }

    public bool HasExited => _process.HasExited;

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }
        _process.Dispose();
        try
        {
            Directory.Delete(Home, recursive: true);
        }
        catch (IOException)
        {
            // best effort: a temp folder
        }
    }

    private string Value(string prefix) =>
        _banner.FirstOrDefault(l => l.StartsWith(prefix, StringComparison.Ordinal))?[prefix.Length..].Trim()
        ?? throw new InvalidOperationException($"the banner has no '{prefix}' line: {string.Join('\n', _banner)}");
}
