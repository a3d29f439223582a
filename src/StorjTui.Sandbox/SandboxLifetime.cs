using Microsoft.Extensions.Hosting;

namespace StorjTui.Sandbox;

/// <summary>
/// The sandbox host's lifetime: it stops when its owner disposes it, never on a signal. The default console lifetime
/// would stop it on SIGINT or SIGTERM, which a terminal sends to the whole process group: the app (or
/// <c>storj-tui-sandbox</c>'s parent) decides when the sandbox stops, not whoever presses Ctrl+C.
/// </summary>
internal sealed class SandboxLifetime : IHostLifetime
{
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
