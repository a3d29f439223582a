using StorjTui.Core.Access;

namespace StorjTui.Storj.Http;

/// <summary>The service kept answering 429 Too Many Requests or 503 Service Unavailable.</summary>
public class ServiceBusyException : StorjConnectionException
{
    public ServiceBusyException() { }
    public ServiceBusyException(string message) : base(message) { }
    public ServiceBusyException(string message, Exception inner) : base(message, inner) { }

    public ServiceBusyException(string message, int statusCode, TimeSpan? retryAfter) : base(message)
    {
        StatusCode = statusCode;
        RetryAfter = retryAfter;
    }

    /// <summary>429 or 503.</summary>
    public int StatusCode { get; }

    /// <summary>What the server asked for in Retry-After, when it said.</summary>
    public TimeSpan? RetryAfter { get; }
}
