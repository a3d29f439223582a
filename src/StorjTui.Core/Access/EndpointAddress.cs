using System.Net;

namespace StorjTui.Core.Access;

/// <summary>What the app needs to know of a service or S3 endpoint's address.</summary>
public static class EndpointAddress
{
    /// <summary>True for localhost and loopback IP addresses (127.0.0.0/8, ::1): this machine, where plain http is fine.</summary>
    public static bool IsLoopback(Uri url)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (string.Equals(url.IdnHost, "localhost", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }
        return IPAddress.TryParse(url.IdnHost, out var address) && IPAddress.IsLoopback(address);
    }
}
