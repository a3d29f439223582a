using System.Runtime.InteropServices;
using System.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;
using StorjTui.Sandbox;
using StorjTui.Sandbox.Faults;
using StorjTui.Sandbox.ChildProcess;

namespace StorjTui.SandboxHost;

/// <summary>
/// The child's side of <see cref="SandboxProtocol"/>: read the start request, start the sandbox, write the ready line,
/// run until stdin ends or SIGTERM, stop. SIGINT and SIGHUP are ignored (the parent decides).
/// </summary>
internal static class SandboxChild
{
    /// <summary>Exit codes: 0 stopped as asked, 1 the sandbox could not start, 2 the request was not one.</summary>
    public static async Task<int> RunAsync(Stream input, Stream output, TextWriter log)
    {
        using var terminated = new CancellationTokenSource();
        using var ignoreInterrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, c => c.Cancel = true);
        using var ignoreHangUp = PosixSignalRegistration.Create(PosixSignal.SIGHUP, c => c.Cancel = true);
        using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, c =>
        {
            c.Cancel = true;
            terminated.Cancel();
        });

        SandboxOptions options;
        try
        {
            string line = await SandboxProtocol.ReadLineAsync(input, terminated.Token) ?? throw new SandboxProtocolException("no start request");
            options = SandboxProtocol.ParseRequest(line).ToOptions();
        }
        catch (Exception e) when (e is SandboxProtocolException or FaultSpecException)
        {
            await WriteAsync(output, new SandboxReadyLine { Error = $"{SandboxProtocol.ExecutableName}: {e.Message}. It is started by storj-tui, not by hand." });
            return 2;
        }
        catch (OperationCanceledException)
        {
            return 0;
        }

        // The sandbox logs hook failures (never keys, grants or passwords) to stderr, which the parent writes to its log.
        using var logs = LoggerFactory.Create(b => b
            .AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace)
            .AddSimpleConsole(o =>
            {
                o.SingleLine = true;
                o.ColorBehavior = LoggerColorBehavior.Disabled;
            }));
        SandboxServer server;
        try
        {
            server = await SandboxServer.StartAsync(options with { LoggerFactory = logs }, terminated.Token);
        }
#pragma warning disable CA1031 // every start failure goes back to the parent as its message, never as a stack trace
        catch (Exception e)
#pragma warning restore CA1031
        {
            await log.WriteLineAsync($"{SandboxProtocol.ExecutableName}: could not start: {e.GetType().Name}: {e.Message}");
            await WriteAsync(output, new SandboxReadyLine { Error = e is OperationCanceledException ? "stopped while starting" : e.Message });
            return 1;
        }

        await using (server)
        {
            await WriteAsync(output, SandboxReadyLine.Of(server));
            await UntilEndOfFileAsync(input, terminated.Token);
        }
        return 0;
    }

    private static async Task WriteAsync(Stream output, SandboxReadyLine ready)
    {
        await output.WriteAsync(Encoding.UTF8.GetBytes(SandboxProtocol.Line(ready)));
        await output.FlushAsync();
    }

    /// <summary>Reads (and drops) stdin until it ends (the parent closed it or is gone), or until SIGTERM.</summary>
    private static async Task UntilEndOfFileAsync(Stream input, CancellationToken terminated)
    {
        // A console stream's read does not heed a token: wait for either instead.
        var endOfFile = Task.Run(async () =>
        {
            var buffer = new byte[256];
            try
            {
                while (await input.ReadAsync(buffer) > 0)
                {
                }
            }
            catch (IOException)
            {
                // The pipe broke: the parent is gone.
            }
        }, CancellationToken.None);
        await Task.WhenAny(endOfFile, Task.Delay(Timeout.Infinite, terminated));
    }
}
