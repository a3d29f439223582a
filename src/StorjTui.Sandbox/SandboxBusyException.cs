using StorjTui.Core.Access;

namespace StorjTui.Sandbox;

/// <summary>
/// Another sandbox already runs on the same data folder (<c>storj-tui sandbox serve</c>, or a TUI with the
/// Sandbox open). Two would each load the state once and overwrite each other's keys, and the second's S3 gateway
/// would hand out an endpoint that dies with it, so the second refuses to start and says how to use the first.
/// </summary>
public sealed class SandboxBusyException : StorjConnectionException
{
    public SandboxBusyException() { }

    public SandboxBusyException(string message) : base(message) { }

    public SandboxBusyException(string message, Exception inner) : base(message, inner) { }
}
