using StorjTui.Core.Access;

namespace StorjTui.Storj.Http;

/// <summary>Checks a service URL before any request: HTTPS only, except loopback hosts or when insecure is allowed.</summary>
public static class ServiceAddress
{
    /// <summary>Returns the URL with a trailing slash, or throws <see cref="InsecureEndpointException"/>.</summary>
    public static Uri Check(Uri url, bool insecure, string service)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (!url.IsAbsoluteUri || (url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp))
        {
            throw new InsecureEndpointException($"The {service} address '{url}' is not an http(s) URL.");
        }
        if (url.Scheme == Uri.UriSchemeHttp && !insecure && !IsLoopback(url))
        {
            throw new InsecureEndpointException(
                $"The {service} address {url.GetLeftPart(UriPartial.Authority)} uses plain HTTP. Use https://, or pass --insecure if you really mean it.");
        }
        var text = url.GetLeftPart(UriPartial.Path);
        return new Uri(text.EndsWith('/') ? text : text + "/");
    }

    /// <summary>True for localhost and loopback IP addresses (127.0.0.0/8, ::1).</summary>
    public static bool IsLoopback(Uri url) => EndpointAddress.IsLoopback(url);
}
