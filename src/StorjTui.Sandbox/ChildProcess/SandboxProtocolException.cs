using StorjTui.Core.Access;

namespace StorjTui.Sandbox.ChildProcess;

/// <summary>The other side of <see cref="SandboxProtocol"/> wrote something it does not define; the message says what, briefly.</summary>
public sealed class SandboxProtocolException : StorjConnectionException
{
    public SandboxProtocolException() { }

    public SandboxProtocolException(string message) : base(message) { }

    public SandboxProtocolException(string message, Exception inner) : base(message, inner) { }
}
