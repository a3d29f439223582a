using StorjTui.Core.Access;

namespace StorjTui.Storj.Connections;

/// <summary>The request breaks one of the console's rules (name, permissions, passphrase choice for this back end).</summary>
public class InvalidAccessRequestException : StorjConnectionException
{
    public InvalidAccessRequestException() { }
    public InvalidAccessRequestException(string message) : base(message) { }
    public InvalidAccessRequestException(string message, Exception inner) : base(message, inner) { }
}
