using StorjTui.Core.Access;

namespace StorjTui.Storj.Http;

/// <summary>A service address that would send secrets in clear text (http:// off loopback without --insecure).</summary>
public class InsecureEndpointException : StorjConnectionException
{
    public InsecureEndpointException() { }
    public InsecureEndpointException(string message) : base(message) { }
    public InsecureEndpointException(string message, Exception inner) : base(message, inner) { }
}
