using StorjTui.Core.Access;

namespace StorjTui.Storj.Connections;

/// <summary>An access grant could not be read or parsed from where the user pointed (never quotes the grant).</summary>
public class GrantSourceException : StorjConnectionException
{
    public GrantSourceException() { }
    public GrantSourceException(string message) : base(message) { }
    public GrantSourceException(string message, Exception inner) : base(message, inner) { }
}
