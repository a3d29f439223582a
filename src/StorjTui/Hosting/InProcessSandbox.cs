using StorjTui.Sandbox;
using StorjTui.Sandbox.ChildProcess;

namespace StorjTui.Hosting;

/// <summary>The sandbox in this process (debug and framework-dependent builds, and every test that does not ask for a child).</summary>
internal sealed class InProcessSandbox : RunningSandbox
{
    private readonly SandboxServer _server;

    private InProcessSandbox(SandboxServer server) : base(SandboxReadyLine.Of(server), server.Options)
    {
        _server = server;
    }

    /// <summary>Never: it stops when disposed (its own host's reaction to signals is left as it was; the caller's token decides).</summary>
    public override Task Stopped { get; } = new TaskCompletionSource().Task;

    public static async Task<InProcessSandbox> StartAsync(SandboxOptions options, CancellationToken cancellationToken) =>
        new(await SandboxServer.StartAsync(options, cancellationToken).ConfigureAwait(false));

    public override ValueTask DisposeAsync() => _server.DisposeAsync();
}
