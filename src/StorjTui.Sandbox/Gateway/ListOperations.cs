using System.Globalization;
using System.Text;
using StorjTui.Sandbox.Gateway.Signing;
using StorjTui.Sandbox.Gateway.Storage;

namespace StorjTui.Sandbox.Gateway;

/// <summary>
/// ListObjectsV2 and V1: the bucket's stored keys are decrypted with the grant's key (names it cannot decrypt, written
/// with another passphrase, are not shown), then sorted, filtered and paged in plain text.
/// </summary>
internal static class ListOperations
{
    private const int MaxKeysLimit = 1000;

    public static Task ListObjects(S3Call call, bool v2)
    {
        var bucket = call.Bucket;
        var target = call.Target;
        call.Scope.Require(GatewayPermission.List, bucket, null);
        call.RequireBucket(bucket);
        var prefix = target.Get("prefix") ?? "";
        var delimiter = target.Get("delimiter") is { Length: > 0 } d ? d : null;
        var maxKeys = target.Get("max-keys") is { } text
            ? int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) ? Math.Min(parsed, MaxKeysLimit) : throw S3Exception.InvalidArgument("max-keys must be a number from 0 to 1000.")
            : MaxKeysLimit;
        var urlEncoded = target.Get("encoding-type") == "url";
        var token = target.Get("continuation-token");
        var after = v2
            ? token is not null ? TokenToKey(token) : target.Get("start-after")
            : target.Get("marker");
        var plain = call.Services.Store.All(call.Project.Id, bucket)
            .Select(r => (Key: call.Scope.TryDecryptKey(bucket, r.StoredKey), Record: r))
            .Where(e => e.Key is not null && e.Key.StartsWith(prefix, StringComparison.Ordinal) && call.Scope.Allows(GatewayPermission.List, bucket, e.Key))
            .Select(e => (Key: e.Key!, e.Record))
            .OrderBy(e => e.Key, StringComparer.Ordinal);
        var page = Page(plain, prefix, delimiter, after, maxKeys);
        string Out(string value) => urlEncoded ? SigV4.Encode(value, keepSlash: true) : value;
        return S3Xml.WriteAsync(call.Http, 200, "ListBucketResult", xml =>
        {
            xml.WriteElementString("Name", bucket);
            xml.WriteElementString("Prefix", Out(prefix));
            if (v2)
            {
                if (token is not null)
                {
                    xml.WriteElementString("ContinuationToken", token);
                }
                if (target.Get("start-after") is { } startAfter)
                {
                    xml.WriteElementString("StartAfter", Out(startAfter));
                }
                xml.WriteElementString("KeyCount", (page.Contents.Count + page.Prefixes.Count).ToString(CultureInfo.InvariantCulture));
                if (page.Next is not null)
                {
                    xml.WriteElementString("NextContinuationToken", KeyToToken(page.Next));
                }
            }
            else
            {
                xml.WriteElementString("Marker", Out(after ?? ""));
                if (page.Next is not null)
                {
                    xml.WriteElementString("NextMarker", Out(page.Next));
                }
            }
            xml.WriteElementString("MaxKeys", maxKeys.ToString(CultureInfo.InvariantCulture));
            if (delimiter is not null)
            {
                xml.WriteElementString("Delimiter", Out(delimiter));
            }
            if (urlEncoded)
            {
                xml.WriteElementString("EncodingType", "url");
            }
            xml.WriteElementString("IsTruncated", page.Next is not null ? "true" : "false");
            foreach (var (key, record) in page.Contents)
            {
                xml.WriteStartElement("Contents");
                xml.WriteElementString("Key", Out(key));
                xml.WriteElementString("LastModified", S3Xml.Time(record.LastModified));
                xml.WriteElementString("ETag", S3Xml.Quoted(record.ETag));
                xml.WriteElementString("Size", record.Size.ToString(CultureInfo.InvariantCulture));
                xml.WriteElementString("StorageClass", "STANDARD");
                xml.WriteEndElement();
            }
            foreach (var common in page.Prefixes)
            {
                xml.WriteStartElement("CommonPrefixes");
                xml.WriteElementString("Prefix", Out(common));
                xml.WriteEndElement();
            }
        });
    }

    /// <summary>One page: objects and common prefixes after <paramref name="after"/>, at most <paramref name="maxKeys"/> together; Next is set when more follow.</summary>
    internal static (List<(string Key, ObjectRecord Record)> Contents, List<string> Prefixes, string? Next) Page(
        IEnumerable<(string Key, ObjectRecord Record)> sorted, string prefix, string? delimiter, string? after, int maxKeys)
    {
        var contents = new List<(string, ObjectRecord)>();
        var prefixes = new List<string>();
        string? last = null;
        foreach (var (key, record) in sorted)
        {
            if (after is not null && (string.CompareOrdinal(key, after) <= 0 || (delimiter is not null && after.EndsWith(delimiter, StringComparison.Ordinal) && key.StartsWith(after, StringComparison.Ordinal))))
            {
                continue;
            }
            var cut = delimiter is null ? -1 : key.IndexOf(delimiter, prefix.Length, StringComparison.Ordinal);
            var entry = cut < 0 ? key : key[..(cut + delimiter!.Length)];
            if (cut >= 0 && prefixes.Count > 0 && prefixes[^1] == entry)
            {
                continue;
            }
            if (contents.Count + prefixes.Count == maxKeys)
            {
                return (contents, prefixes, maxKeys == 0 ? null : last);
            }
            if (cut < 0)
            {
                contents.Add((key, record));
            }
            else
            {
                prefixes.Add(entry);
            }
            last = entry;
        }
        return (contents, prefixes, null);
    }

    private static string KeyToToken(string key) => Convert.ToBase64String(Encoding.UTF8.GetBytes(key));

    private static string TokenToKey(string token)
    {
        try
        {
            return Encoding.UTF8.GetString(Convert.FromBase64String(token));
        }
        catch (FormatException)
        {
            throw S3Exception.InvalidArgument("The continuation-token is not one this gateway gave out.");
        }
    }
}
