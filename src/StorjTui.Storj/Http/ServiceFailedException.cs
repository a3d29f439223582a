using StorjTui.Core.Access;

namespace StorjTui.Storj.Http;

/// <summary>The service answered with an error status this client has no more specific exception for (5xx and the like).</summary>
public class ServiceFailedException : StorjConnectionException
{
    public ServiceFailedException() { }
    public ServiceFailedException(string message) : base(message) { }
    public ServiceFailedException(string message, Exception inner) : base(message, inner) { }

    public ServiceFailedException(string message, int statusCode) : base(message)
    {
        StatusCode = statusCode;
    }

    /// <summary>The HTTP status code.</summary>
    public int StatusCode { get; }
}
