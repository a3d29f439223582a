using StorjTui.Core.Access;

namespace StorjTui.Storj.Http;

/// <summary>The service did not answer within the configured timeout.</summary>
public class ServiceTimeoutException : StorjConnectionException
{
    public ServiceTimeoutException() { }
    public ServiceTimeoutException(string message) : base(message) { }
    public ServiceTimeoutException(string message, Exception inner) : base(message, inner) { }
}
