using System.Diagnostics;
using System.Globalization;
using StorjTui.Core.Access;
using StorjTui.Core.Flow;
using StorjTui.Core.Passphrases;
using StorjTui.Sandbox;
using StorjTui.Tui.Presenters;
using StorjTui.Tui.Screens;
using StorjTui.Tui.Shell;
using StorjTui.Tui.Terminal;
using Terminal.Gui.App;
using Terminal.Gui.Drivers;
using Terminal.Gui.Input;
using Terminal.Gui.Testing;

namespace StorjTui.Benchmarks;

/// <summary>
/// <c>keystroke [accesses] [presses]</c>: keystroke-to-frame latency, headless (Terminal.Gui's ANSI driver with
/// real I/O off). An in-process sandbox gets <c>accesses</c> accesses (default 200) so the access page has a long
/// table; then on the access page (Up/Down through the table) and on the permissions screen (Tab around the form)
/// each key is injected and the frame laid out and drawn, and the time from inject to drawn is recorded.
/// Prints median, p99 and max per screen, for the normal redraw and for a forced full redraw.
/// </summary>
internal static class KeystrokeLatency
{
    public static async Task<int> RunAsync(string[] args)
    {
        Environment.SetEnvironmentVariable("DisableRealDriverIO", "1");
        var accesses = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 200;
        var presses = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 500;
        var folder = Directory.CreateTempSubdirectory("storj-tui-keys-").FullName;
        try
        {
            await using var sandbox = await SandboxServer.StartAsync(new SandboxOptions { DataFolder = Path.Join(folder, "sandbox") });
            await FillAsync(sandbox, accesses);
            Measure(sandbox, folder, presses);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }

        return 0;
    }

    /// <summary>API keys: listed like any access, and no key derivation, so filling is quick.</summary>
    private static async Task FillAsync(SandboxServer sandbox, int count)
    {
        await using var connection = await sandbox.ConnectAsync();
        var project = (await connection.ListProjectsAsync(CancellationToken.None))[0];
        await connection.OpenProjectAsync(project, null, CancellationToken.None);
        for (var i = 0; i < count; i++)
        {
            var request = new AccessRequest(AccessType.ApiKey, $"access-{i:D4}", Permissions.All, [], null, PassphraseChoice.UseCurrent, null);
            await connection.CreateAccessAsync(project, request, null, CancellationToken.None);
        }
    }

    private static void Measure(SandboxServer sandbox, string folder, int presses)
    {
        var generator = new PassphraseGenerator();
        var services = new FlowServices(TimeProvider.System, TimeZoneInfo.Utc, () =>
        {
            using var phrase = generator.Generate();
            return phrase.ToUtf8Bytes();
        });
        var environment = new TuiEnvironment(
            services,
            async (_, token) => await sandbox.ConnectAsync(token),
            Directory.CreateDirectory(Path.Join(folder, "work")).FullName,
            Directory.CreateDirectory(Path.Join(folder, "home")).FullName);

        using var app = Application.Create();
        app.Init(DriverRegistry.Names.ANSI);
        app.Driver!.SetScreenSize(80, 24);
        using var session = new TuiSession(app, new TerminalLook(false, false), environment, new TuiOptions(Sandbox: true));
        var token = app.Begin(session.Shell);
        session.Shell.FocusCurrent();
        app.LayoutAndDraw(true);
        try
        {
            Press(app, Key.Enter);
            WaitFor(app, session, "access-0", orPassphrase: true); // the table is filled
            Press(app, Key.N.WithAlt); // focus starts on Create S3 Credentials: go to the table (the "Name" hotkey)
            Report("access page, Down/Up through the table", Time(app, presses, i => i % 40 < 20 ? Key.CursorDown : Key.CursorUp));
            Report("access page, Down/Up, forced full redraw", Time(app, presses, i => i % 40 < 20 ? Key.CursorDown : Key.CursorUp, force: true));

            Press(app, Key.Enter);
            WaitFor(app, session, "Create a new access");
            foreach (var c in "latency-check")
            {
                Press(app, new Key(c));
            }

            Press(app, Key.Enter);
            WaitFor(app, session, "Permissions");
            Report("permissions screen, Tab/Shift-Tab", Time(app, presses, i => i % 2 == 0 ? Key.Tab : Key.Tab.WithShift));
            Report("permissions screen, Tab/Shift-Tab, forced full redraw", Time(app, presses, i => i % 2 == 0 ? Key.Tab : Key.Tab.WithShift, force: true));
        }
        finally
        {
            if (token is not null)
            {
                app.End(token);
            }
        }
    }

    private static void Press(IApplication app, Key key)
    {
        app.InjectKey(key);
        app.TimedEvents?.RunTimers();
        app.LayoutAndDraw(false);
    }

    /// <summary>Runs the UI's posted work until <paramref name="text"/> shows (opening the first project and skipping its passphrase on the way).</summary>
    private static void WaitFor(IApplication app, TuiSession session, string text, bool orPassphrase = false)
    {
        var until = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            app.TimedEvents?.RunTimers();
            app.LayoutAndDraw(true);
            var screen = app.Driver!.ToString() ?? "";
            if (screen.Contains(text, StringComparison.Ordinal))
            {
                return;
            }

            if (orPassphrase && !session.Effects.IsBusy)
            {
                // On the way to the access page: open the first project, skip its passphrase (it does not change drawing).
                if (screen.Contains("Choose a project", StringComparison.Ordinal))
                {
                    Press(app, Key.Enter);
                }
                else if (screen.Contains("Project passphrase", StringComparison.Ordinal))
                {
                    Press(app, Key.S.WithAlt);
                }
            }

            if (DateTime.UtcNow > until)
            {
                throw new InvalidOperationException($"\"{text}\" did not show. Screen:\n{screen}");
            }

            Thread.Sleep(5);
        }
    }

    private static List<double> Time(IApplication app, int presses, Func<int, Key> keyAt, bool force = false)
    {
        // Warm up the JIT and the views' caches on the same keys first.
        for (var i = 0; i < 40; i++)
        {
            Press(app, keyAt(i));
        }

        var times = new List<double>(presses);
        for (var i = 0; i < presses; i++)
        {
            var start = Stopwatch.GetTimestamp();
            app.InjectKey(keyAt(i));
            app.TimedEvents?.RunTimers();
            app.LayoutAndDraw(force);
            times.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
        }

        return times;
    }

    private static void Report(string what, List<double> times)
    {
        times.Sort();
        double At(double q) => times[Math.Min(times.Count - 1, (int)Math.Ceiling(q * times.Count) - 1)];
        Console.WriteLine(FormattableString.Invariant($"{what}: {times.Count} keys, median {At(0.5):F2} ms, p99 {At(0.99):F2} ms, max {times[^1]:F2} ms"));
    }
}
