using StorjTui.Core.Access;

namespace StorjTui.Storj.Connections;

/// <summary>Something only the satellite console can do was asked of an access-grant connection.</summary>
public class NotSupportedByGrantException : StorjConnectionException
{
    public NotSupportedByGrantException() { }
    public NotSupportedByGrantException(string message) : base(message) { }
    public NotSupportedByGrantException(string message, Exception inner) : base(message, inner) { }
}
