using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace StorjTui.Sandbox.Gateway;

/// <summary>
/// The bucket, object key and query parameters of one S3 request, decoded from the raw request target. Path style
/// (<c>/bucket/key</c>) and virtual-host style (Host <c>bucket.&lt;gateway host&gt;</c>) both work.
/// </summary>
internal sealed class S3RequestTarget
{
    private S3RequestTarget(string path, string? bucket, string? key, IReadOnlyList<KeyValuePair<string, string>> query)
    {
        Path = path;
        Bucket = bucket;
        Key = key;
        Query = query;
    }

    /// <summary>The decoded path as the client signed it.</summary>
    public string Path { get; }

    public string? Bucket { get; }

    /// <summary>The object key, or null for bucket and service requests.</summary>
    public string? Key { get; }

    public IReadOnlyList<KeyValuePair<string, string>> Query { get; }

    public string? Get(string name) => Query.FirstOrDefault(p => p.Key == name) is { Key: not null } p ? p.Value : null;

    public bool Has(string name) => Query.Any(p => p.Key == name);

    /// <summary>Reads the target; <paramref name="gatewayHosts"/> are the host names the gateway is reached by (virtual hosts end in ".&lt;one of them&gt;").</summary>
    public static S3RequestTarget From(HttpContext context, IReadOnlyCollection<string> gatewayHosts)
    {
        var raw = context.Features.Get<IHttpRequestFeature>()?.RawTarget ?? context.Request.Path.Value ?? "/";
        var question = raw.IndexOf('?');
        var rawPath = question < 0 ? raw : raw[..question];
        var rawQuery = question < 0 ? "" : raw[(question + 1)..];
        var path = Uri.UnescapeDataString(rawPath);
        if (!path.StartsWith('/'))
        {
            throw S3Exception.InvalidRequest("The request path must start with '/'.");
        }
        var query = rawQuery.Split('&', StringSplitOptions.RemoveEmptyEntries).Select(p =>
        {
            var equals = p.IndexOf('=');
            return equals < 0
                ? new KeyValuePair<string, string>(Decode(p), "")
                : new KeyValuePair<string, string>(Decode(p[..equals]), Decode(p[(equals + 1)..]));
        }).ToList();
        var host = context.Request.Host.Host.ToLowerInvariant();
        var virtualBucket = gatewayHosts.Select(h => "." + h).FirstOrDefault(host.EndsWith) is { } suffix ? host[..^suffix.Length] : null;
        if (virtualBucket is not null)
        {
            var key = path.Length > 1 ? path[1..] : null;
            return new S3RequestTarget(path, virtualBucket, key, query);
        }
        var rest = path[1..];
        if (rest.Length == 0)
        {
            return new S3RequestTarget(path, null, null, query);
        }
        var slash = rest.IndexOf('/');
        return slash < 0 || slash == rest.Length - 1
            ? new S3RequestTarget(path, slash < 0 ? rest : rest[..slash], null, query)
            : new S3RequestTarget(path, rest[..slash], rest[(slash + 1)..], query);
    }

    // Query values are form-encoded: '+' is a space, as in Go's url.ParseQuery.
    private static string Decode(string value) => Uri.UnescapeDataString(value.Replace('+', ' '));
}
