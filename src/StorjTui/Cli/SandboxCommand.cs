using System.CommandLine;
using System.Globalization;
using StorjTui.Configuration;
using StorjTui.Hosting;
using StorjTui.Sandbox;
using StorjTui.Sandbox.Faults;

namespace StorjTui.Cli;

/// <summary><c>storj-tui sandbox serve [--port N] [--reset] [--fault SPEC]…</c>: the sandbox in the foreground, for other tools.</summary>
internal static class SandboxCommand
{
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
        serve.SetAction((parse, cancellationToken) =>
            ServeAsync(AppPaths.FromEnvironment(), parse.GetValue(port), parse.GetValue(reset), parse.InvocationConfiguration.Output, cancellationToken, parse.GetValue(fault) ?? []));
        return new Command("sandbox", "The built-in sandbox: a local stand-in for a Storj satellite console and auth service.") { serve };
    }

    /// <summary>Starts the sandbox, prints its banner, and runs until cancelled.</summary>
    internal static async Task<int> ServeAsync(AppPaths paths, int? port, bool reset, TextWriter output, CancellationToken cancellationToken, IReadOnlyList<string>? faultSpecs = null)
    {
        var faults = ParseFaults(faultSpecs ?? []);
        var switches = port is { } p ? new Dictionary<string, string?> { ["Sandbox:Port"] = p.ToString(CultureInfo.InvariantCulture) } : null;
        var settings = AppConfiguration.Load(paths, switches);
        await using var server = await SandboxServer.StartAsync(SandboxSettings.From(paths, settings) with
        {
            Port = settings.SandboxPort,
            Reset = reset,
            Faults = [.. settings.SandboxFaults, .. faults],
        }, cancellationToken);
        await output.WriteLineAsync(server.Banner());
        await output.WriteLineAsync("Press Ctrl+C to stop.");
        await output.FlushAsync(cancellationToken);
        try
        {
            await server.WaitForShutdownAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            // Ctrl+C: a normal stop.
        }
        return ExitCodes.Ok;
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
