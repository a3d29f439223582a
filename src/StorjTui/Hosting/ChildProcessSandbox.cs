using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.Extensions.Logging;
using StorjTui.Sandbox;
using StorjTui.Sandbox.ChildProcess;

namespace StorjTui.Hosting;

/// <summary>
/// The sandbox as the <c>storj-tui-sandbox</c> child process (<see cref="SandboxProtocol"/>): the options go in on its
/// stdin, which then stays open as its life line; one ready line comes back; its stderr goes to the app's log.
/// Disposing closes its stdin, waits <see cref="StopLimit"/>, then kills it. If this process dies, however, the child's
/// stdin ends and it stops by itself.
/// </summary>
internal sealed class ChildProcessSandbox : RunningSandbox
{
    /// <summary>How long the child may take to start (a loaded machine, a first run creating its state).</summary>
    public static readonly TimeSpan StartLimit = TimeSpan.FromSeconds(30);

    /// <summary>How long it may take to stop once its stdin is closed.</summary>
    public static readonly TimeSpan StopLimit = TimeSpan.FromSeconds(5);

    private readonly Process _process;
    private readonly Task _drains;
    private int _disposed;

    private ChildProcessSandbox(SandboxReadyLine ready, SandboxOptions options, Process process, Task drains) : base(ready, options)
    {
        _process = process;
        _drains = drains;
        Stopped = process.WaitForExitAsync();
    }

    public override Task Stopped { get; }

    /// <summary>The child's process id, for tests.</summary>
    public int ProcessId => _process.Id;

    /// <summary>Starts <paramref name="executable"/> with <paramref name="options"/> and waits at most <paramref name="startLimit"/> for its ready line.</summary>
    /// <exception cref="SandboxStartException">It is missing, did not start, said why it could not, or said something else.</exception>
    public static async Task<ChildProcessSandbox> StartAsync(SandboxExecutable executable, SandboxOptions options, ILogger? log, TimeSpan startLimit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(executable);
        ArgumentNullException.ThrowIfNull(options);
        executable.Check();
        var start = new ProcessStartInfo(executable.Program)
        {
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (string argument in executable.Arguments)
        {
            start.ArgumentList.Add(argument);
        }
        Process process;
        try
        {
            process = Process.Start(start) ?? throw new SandboxStartException($"The sandbox ({executable.Path}) did not start.");
        }
        catch (Win32Exception e)
        {
            throw new SandboxStartException($"The sandbox ({executable.Path}) did not start: {e.Message}. {SandboxExecutable.HowToGet}", e);
        }

        var childLog = new ChildLog(log);
        Task stderr = childLog.ReadAsync(process.StandardError.BaseStream);
        try
        {
            SandboxReadyLine ready = await ReadyAsync(executable, process, options, childLog, stderr, startLimit, cancellationToken).ConfigureAwait(false);
            // Nothing more is expected on stdout; read it anyway so a chatty child can never block on a full pipe.
            Task drains = Task.WhenAll(stderr, DiscardAsync(process.StandardOutput.BaseStream));
            return new ChildProcessSandbox(ready, options, process, drains);
        }
        catch
        {
            await StopAsync(process).ConfigureAwait(false);
            process.Dispose();
            throw;
        }
    }

    private static async Task<SandboxReadyLine> ReadyAsync(SandboxExecutable executable, Process process, SandboxOptions options, ChildLog childLog, Task stderr,
        TimeSpan startLimit, CancellationToken cancellationToken)
    {
        try
        {
            await process.StandardInput.BaseStream.WriteAsync(Encoding.UTF8.GetBytes(SandboxProtocol.Line(SandboxStartRequest.From(options))), cancellationToken).ConfigureAwait(false);
            await process.StandardInput.BaseStream.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (IOException)
        {
            // It exited before reading: what it wrote, or its exit, tells why below.
        }

        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(startLimit);
        string? line;
        try
        {
            line = await SandboxProtocol.ReadLineAsync(process.StandardOutput.BaseStream, limit.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new SandboxStartException(string.Create(CultureInfo.InvariantCulture,
                $"The sandbox ({executable.Path}) did not start within {startLimit.TotalSeconds:0} seconds; the log has its messages."));
        }
        catch (SandboxProtocolException e)
        {
            throw Garbled(executable, e);
        }

        if (line is null)
        {
            // Its last words come before its exit: wait (briefly) for both.
            await Task.WhenAny(Task.WhenAll(process.WaitForExitAsync(CancellationToken.None), stderr), Task.Delay(StopLimit, CancellationToken.None)).ConfigureAwait(false);
            string code = process.HasExited ? process.ExitCode.ToString(CultureInfo.InvariantCulture) : "unknown";
            string said = childLog.LastLine is { } last ? $": {last}" : "";
            throw new SandboxStartException($"The sandbox ({executable.Path}) stopped before it was ready (exit code {code}){said}");
        }

        SandboxReadyLine ready;
        try
        {
            ready = SandboxProtocol.ParseReady(line);
        }
        catch (SandboxProtocolException e)
        {
            throw Garbled(executable, e);
        }
        if (ready.Error is { } error)
        {
            throw new SandboxStartException(ChildLog.Shown(error, SandboxProtocol.MaxLineBytes));
        }
        if (ready.BaseUrl is not { IsAbsoluteUri: true, Scheme: "http", IsLoopback: true } || string.IsNullOrEmpty(ready.SatelliteNodeUrl) || ready.Banner is null)
        {
            throw Garbled(executable, new SandboxProtocolException("a ready line without a loopback URL, a node URL or a banner"));
        }
        return ready;
    }

    private static SandboxStartException Garbled(SandboxExecutable executable, SandboxProtocolException e) =>
        new($"The sandbox ({executable.Path}) answered {e.Message}, not its ready line: is it from the same storj-tui version? {SandboxExecutable.HowToGet}", e);

    private static async Task DiscardAsync(Stream stream)
    {
        var buffer = new byte[4096];
        try
        {
            while (await stream.ReadAsync(buffer).ConfigureAwait(false) > 0)
            {
            }
        }
        catch (IOException)
        {
            // It is gone.
        }
    }

    /// <summary>Closes its stdin (its signal to stop), waits <see cref="StopLimit"/>, then kills it.</summary>
    private static async Task StopAsync(Process process)
    {
        try
        {
            process.StandardInput.Close();
        }
        catch (IOException)
        {
            // Already gone.
        }
        using var limit = new CancellationTokenSource(StopLimit);
        try
        {
            await process.WaitForExitAsync(limit.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(CancellationToken.None).ConfigureAwait(false);
        }
    }

    public override async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }
        await StopAsync(_process).ConfigureAwait(false);
        await _drains.ConfigureAwait(false);
        _process.Dispose();
    }
}
