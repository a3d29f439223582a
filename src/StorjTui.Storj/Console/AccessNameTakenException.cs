using StorjTui.Core.Access;

namespace StorjTui.Storj.Console;

/// <summary>An access (API key) with this name already exists in the project.</summary>
public class AccessNameTakenException : StorjConnectionException
{
    public AccessNameTakenException() { }
    public AccessNameTakenException(string message) : base(message) { }
    public AccessNameTakenException(string message, Exception inner) : base(message, inner) { }
}
