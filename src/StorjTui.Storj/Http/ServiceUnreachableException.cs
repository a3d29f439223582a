using StorjTui.Core.Access;

namespace StorjTui.Storj.Http;

/// <summary>The service could not be reached (DNS, refused or reset connection, TLS failure).</summary>
public class ServiceUnreachableException : StorjConnectionException
{
    public ServiceUnreachableException() { }
    public ServiceUnreachableException(string message) : base(message) { }
    public ServiceUnreachableException(string message, Exception inner) : base(message, inner) { }
}
