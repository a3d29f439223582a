namespace StorjTui.Core.Access;

/// <summary>A failure talking to Storj (or the sandbox) with a message a person can act on. Never carries a secret.</summary>
public class StorjConnectionException : Exception
{
    public StorjConnectionException() { }
    public StorjConnectionException(string message) : base(message) { }
    public StorjConnectionException(string message, Exception inner) : base(message, inner) { }
}
