using StorjTui.Core.Access;

namespace StorjTui.Storj.Console;

/// <summary>The console refused a request (a 4xx it has no more specific exception for); the message carries the console's reason.</summary>
public class ConsoleRequestRejectedException : StorjConnectionException
{
    public ConsoleRequestRejectedException() { }
    public ConsoleRequestRejectedException(string message) : base(message) { }
    public ConsoleRequestRejectedException(string message, Exception inner) : base(message, inner) { }

    public ConsoleRequestRejectedException(string message, int statusCode) : base(message)
    {
        StatusCode = statusCode;
    }

    public int StatusCode { get; }
}
