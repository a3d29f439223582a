using StorjTui.Core.Access;

namespace StorjTui.Hosting;

/// <summary>The sandbox could not start (or stopped by itself); the message says why and, where it can, what to do.</summary>
internal sealed class SandboxStartException : StorjConnectionException
{
    public SandboxStartException() { }

    public SandboxStartException(string message) : base(message) { }

    public SandboxStartException(string message, Exception inner) : base(message, inner) { }
}
