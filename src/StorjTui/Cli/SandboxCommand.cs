using System.CommandLine;
using System.Globalization;
using StorjTui.Configuration;
using StorjTui.Hosting;
using StorjTui.Sandbox.Faults;

namespace StorjTui.Cli;

/// <summary>
/// <c>storj-tui sandbox serve [--port N] [--reset] [--fault SPEC]… [--object-lock-ui on|off] [--bucket-eventing-ui on|off]
/// [--log-in-captcha on|off]</c>: the sandbox in the foreground, for other tools and for trying each branch by hand.
/// </summary>
internal static class SandboxCommand
{
    /// <summary>Each satellite switch and the setting it sets (the settings are read in <see cref="Hosting.SandboxSettings"/>).</summary>
    internal static readonly (string Switch, string Setting, string Description)[] SatelliteSwitches =
    [
        ("--object-lock-ui", "Sandbox:ObjectLockUI", "The satellite's Object Lock UI: offer the Object Lock permissions (default on; setting Sandbox:ObjectLockUI)."),
        ("--bucket-eventing-ui", "Sandbox:BucketEventingUI", "The satellite's bucket eventing UI: offer the bucket notification permissions (default on; setting Sandbox:BucketEventingUI)."),
        ("--log-in-captcha", "Sandbox:LogInCaptcha", "Ask for a captcha at log-in, which only an account's MFA code gets past here (default off; setting Sandbox:LogInCaptcha)."),
    ];

    public static Command Create()
    {
        var port = new Option<int?>("--port") { Description = "Port on 127.0.0.1 (default: Sandbox:Port from the configuration, else a free one)." };
        var reset = new Option<bool>("--reset") { Description = "Wipe the sandbox's saved state (accounts, keys, credentials) first." };
        var fault = new Option<string[]>("--fault")
        {
            Description = "For testing: inject a fault, e.g. 'POST /api/v0/api-keys/create status=503 times=1'. Repeatable; added to Sandbox:Faults. " +
                "Options: status=N, body='TEXT', retry-after=SECONDS, latency=500ms|5s|2m, reset, malformed, after (let the request succeed, then break the answer), times=N.",
            HelpName = "SPEC",
        };
        var serve = new Command("serve", "Run the sandbox satellite console and auth service on 127.0.0.1 until Ctrl+C; prints the URL and the demo log-in.")
        {
            port,
            reset,
            fault,
        };
        var satellite = SatelliteSwitches.Select(s => OnOff(s.Switch, s.Description)).ToList();
        satellite.ForEach(serve.Options.Add);
        serve.SetAction((parse, cancellationToken) =>
            ServeAsync(AppPaths.FromEnvironment(), parse.GetValue(port), parse.GetValue(reset), parse.InvocationConfiguration.Output, cancellationToken, parse.GetValue(fault) ?? [],
                SatelliteSettings(satellite.Select(parse.GetValue).ToList())));
        return new Command("sandbox", "The built-in sandbox: a local stand-in for a Storj satellite console and auth service.") { serve };
    }

    /// <summary>
    /// Starts the sandbox, prints its banner, and runs until cancelled. <paramref name="satellite"/> holds the satellite
    /// switches given, as settings (<see cref="SatelliteSettings"/>), over config.json and the environment.
    /// </summary>
    internal static async Task<int> ServeAsync(AppPaths paths, int? port, bool reset, TextWriter output, CancellationToken cancellationToken, IReadOnlyList<string>? faultSpecs = null,
        IReadOnlyDictionary<string, string?>? satellite = null)
    {
        var faults = ParseFaults(faultSpecs ?? []);
        var switches = new Dictionary<string, string?>(satellite ?? new Dictionary<string, string?>());
        if (port is { } p)
        {
            switches["Sandbox:Port"] = p.ToString(CultureInfo.InvariantCulture);
        }
        var settings = AppConfiguration.Load(paths, switches);
        using var log = new CliLog(paths, settings.LogLevel, "sandbox");
        await using var sandbox = await RunningSandbox.StartAsync(SandboxSettings.From(paths, settings) with
        {
            Port = settings.SandboxPort,
            Reset = reset,
            Faults = [.. settings.SandboxFaults, .. faults],
        }, log.Logger, cancellationToken);
        await output.WriteLineAsync(sandbox.Banner);
        await output.WriteLineAsync("Press Ctrl+C to stop.");
        await output.FlushAsync(cancellationToken);
        try
        {
            await sandbox.Stopped.WaitAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            // Ctrl+C: a normal stop.
            return ExitCodes.Ok;
        }
        throw new SandboxStartException("The sandbox stopped by itself; the log has its last messages.");
    }

    /// <summary>The satellite switches given (values in <see cref="SatelliteSwitches"/>' order, null when not given) as settings.</summary>
    internal static Dictionary<string, string?> SatelliteSettings(IReadOnlyList<string?> values) =>
        SatelliteSwitches.Zip(values)
            .Where(pair => pair.Second is not null)
            .ToDictionary(pair => pair.First.Setting, pair => (string?)(pair.Second == "on" ? "true" : "false"));

    private static Option<string?> OnOff(string name, string description)
    {
        var option = new Option<string?>(name) { Description = description, HelpName = "on|off" };
        // Named in the message: the parser's own "must be one of" does not say which switch it means.
        option.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string?>() is { } value && value is not ("on" or "off"))
            {
                result.AddError($"{name} takes on or off, not '{value}'.");
            }
        });
        return option;
    }

    /// <summary>Each --fault is one spec; a bad one is a usage error (exit 2) naming it.</summary>
    internal static List<SandboxFault> ParseFaults(IReadOnlyList<string> specs)
    {
        try
        {
            return specs.Select(FaultSpec.Parse).ToList();
        }
        catch (FaultSpecException e)
        {
            throw new UsageException($"--fault {e.Message}", e);
        }
    }
}
