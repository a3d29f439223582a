using System.Diagnostics;

namespace StorjTui.IntegrationTests.Tui;

/// <summary>A private tmux server (its own socket) running one program in an 80×24 window.</summary>
internal sealed class TmuxSession : IDisposable
{
    private readonly string _tmux;
    private readonly string _socket;

    public TmuxSession(string tmux, string command, string workingFolder, IReadOnlyDictionary<string, string> environment, int width = 80, int height = 24)
    {
        _tmux = tmux;
        _socket = "storj-tui-e2e-" + Guid.NewGuid().ToString("N")[..8];
        var args = new List<string> { "new-session", "-d", "-s", "e2e", "-x", width.ToString(System.Globalization.CultureInfo.InvariantCulture), "-y", height.ToString(System.Globalization.CultureInfo.InvariantCulture), "-c", workingFolder };
        foreach ((string key, string value) in environment)
        {
            args.Add("-e");
            args.Add($"{key}={value}");
        }

        args.Add(command);
        Tmux(args);
    }

    public void SendKeys(params string[] keys) => Tmux(["send-keys", "-t", "e2e", .. keys]);

    public void Type(string text) => Tmux(["send-keys", "-t", "e2e", "-l", text]);

    public string Capture() => Tmux(["capture-pane", "-p", "-t", "e2e"]);

    /// <summary>Polls the pane until it shows <paramref name="text"/>.</summary>
    public string WaitFor(string text, TimeSpan? timeout = null)
    {
        var watch = Stopwatch.StartNew();
        string screen = "";
        while (watch.Elapsed < (timeout ?? TimeSpan.FromSeconds(30)))
        {
            screen = Capture();
            if (screen.Contains(text, StringComparison.Ordinal))
            {
                return screen;
            }

            Thread.Sleep(100);
        }

        throw new Xunit.Sdk.XunitException($"Timed out waiting for \"{text}\". Pane:\n{screen}");
    }

    /// <summary>
    /// From the app's start with --sandbox to the result screen: first project, its passphrase, Create S3
    /// Credentials named <paramref name="name"/>, the defaults on every step, Confirm. Returns the result screen.
    /// </summary>
    public string CreateS3CredentialsOnTheSandbox(string name)
    {
        WaitFor("Choose a project:");
        SendKeys("Enter");
        WaitFor("Enter the encryption passphrase of project");
        Type("demo passphrase");
        SendKeys("Enter");
        WaitFor("Create S3 Credentials");
        SendKeys("Enter");
        WaitFor("Create a new access");
        Type(name);
        SendKeys("Enter");
        WaitFor("End date");
        SendKeys("Enter");
        WaitFor("Use the current passphrase");
        SendKeys("Enter");
        WaitFor("Confirm details");
        SendKeys("Enter");
        return WaitFor("S3 Credentials created", TimeSpan.FromSeconds(60));
    }

    /// <summary>The pane with its scrollback: everything the terminal still holds.</summary>
    public string CaptureAll() => Tmux(["capture-pane", "-p", "-S", "-", "-t", "e2e"]);

    /// <summary>Expands a tmux format for the pane (e.g. <c>#{keypad_flag}</c>: the modes the program left on).</summary>
    public string Format(string format) => Tmux(["display-message", "-p", "-t", "e2e", format]);

    /// <summary>The process id of the pane's program (the app itself when the command exec'd it).</summary>
    public int PanePid() => int.Parse(Tmux(["display-message", "-p", "-t", "e2e", "#{pane_pid}"]).Trim(), System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Closes the window: the program's terminal hangs up (SIGHUP), as when an SSH connection drops.</summary>
    public void KillSession() => RunTmux(["kill-session", "-t", "e2e"]);

    public bool IsRunning() => RunTmux(["has-session", "-t", "e2e"]).ExitCode == 0;

    private string Tmux(List<string> args)
    {
        (int code, string output, string error) = RunTmux(args);
        if (code != 0)
        {
            throw new InvalidOperationException($"tmux {args[0]} failed: {error}");
        }

        return output;
    }

    private (int ExitCode, string Output, string Error) RunTmux(List<string> args)
    {
        var start = new ProcessStartInfo(_tmux) { RedirectStandardOutput = true, RedirectStandardError = true };
        // The headless unit tests run with DisableRealDriverIO=1; inherited by the tmux server it would keep the
        // real app from drawing at all (an empty pane).
        start.Environment.Remove("DisableRealDriverIO");
        start.ArgumentList.Add("-L");
        start.ArgumentList.Add(_socket);
        foreach (string arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using Process process = Process.Start(start)!;
        string output = process.StandardOutput.ReadToEnd();
        string error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output, error);
    }

    public void Dispose() => RunTmux(["kill-server"]);
}
