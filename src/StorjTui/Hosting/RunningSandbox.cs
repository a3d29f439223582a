using System.Diagnostics.CodeAnalysis;
using Microsoft.Extensions.Logging;
using StorjTui.Sandbox;
using StorjTui.Sandbox.ChildProcess;
using StorjTui.Storj.Connections;
using StorjTui.Storj.Http;

namespace StorjTui.Hosting;

/// <summary>
/// A started sandbox, as the app uses it: where it listens, what <c>sandbox serve</c> prints, and stopping it. It runs
/// in this process (<see cref="InProcessSandbox"/>) or, in the native build, as the <c>storj-tui-sandbox</c>
/// executable beside this one (<see cref="ChildProcessSandbox"/>), which keeps ASP.NET Core out of the native image.
/// </summary>
internal abstract class RunningSandbox(SandboxReadyLine ready, SandboxOptions options) : IAsyncDisposable
{
    /// <summary>The feature switch that picks the way; the native build sets it false (StorjTui.csproj), so the trimmer drops the in-process branch.</summary>
    public const string InProcessSwitch = "StorjTui.Sandbox.InProcess";

    /// <summary>Whether the sandbox runs in this process (default) or as <c>storj-tui-sandbox</c>.</summary>
    [FeatureSwitchDefinition(InProcessSwitch)]
    public static bool InProcess => !AppContext.TryGetSwitch(InProcessSwitch, out bool inProcess) || inProcess;

    /// <inheritdoc cref="SandboxServer.BaseUrl"/>
    public Uri BaseUrl { get; } = ready.BaseUrl ?? throw new ArgumentException("A started sandbox has a URL.", nameof(ready));

    /// <inheritdoc cref="SandboxServer.SatelliteNodeUrl"/>
    public string SatelliteNodeUrl { get; } = ready.SatelliteNodeUrl ?? "";

    /// <inheritdoc cref="SandboxServer.DemoRestKey"/>
    public string DemoRestKey { get; } = ready.DemoRestKey ?? "";

    /// <inheritdoc cref="SandboxServer.S3Endpoint"/>
    public Uri? S3Endpoint { get; } = ready.S3Endpoint;

    /// <inheritdoc cref="SandboxServer.OwnGatewayUrl"/>
    public Uri? OwnGatewayUrl { get; } = ready.OwnGatewayUrl;

    /// <summary>What <c>sandbox serve</c> prints (<see cref="SandboxServer.Banner"/>).</summary>
    public string Banner { get; } = ready.Banner ?? "";

    public SandboxOptions Options { get; } = options;

    /// <summary>Ends when the sandbox stops by itself (a child that exited); never before <see cref="DisposeAsync"/> otherwise.</summary>
    public abstract Task Stopped { get; }

    /// <summary>Starts the sandbox the way <see cref="InProcess"/> says; <paramref name="log"/> gets a child's log lines.</summary>
    public static async Task<RunningSandbox> StartAsync(SandboxOptions options, ILogger? log, CancellationToken cancellationToken)
    {
        if (InProcess)
        {
            return await InProcessSandbox.StartAsync(options, cancellationToken).ConfigureAwait(false);
        }
        return await ChildProcessSandbox.StartAsync(SandboxExecutable.BesideThisApp(), options, log, ChildProcessSandbox.StartLimit, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Options for a connection to this sandbox (log in as <see cref="SandboxServer.DemoEmail"/>).</summary>
    public SatelliteConnectionOptions ConnectionOptions(ServiceCallOptions http) =>
        SandboxServer.ConnectionOptions(BaseUrl, Options.PendingFolder, Options.Time, http);

    public abstract ValueTask DisposeAsync();

    public override string ToString() => $"{GetType().Name} {{ {BaseUrl} }}";
}
