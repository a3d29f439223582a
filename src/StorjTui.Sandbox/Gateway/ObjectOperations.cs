using System.Globalization;
using System.Xml.Linq;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;
using StorjTui.Sandbox.Gateway.Storage;

namespace StorjTui.Sandbox.Gateway;

/// <summary>PutObject, GetObject (Range, conditions), HeadObject, DeleteObject, DeleteObjects, CopyObject. Keys are stored as the grant encrypts them.</summary>
internal static class ObjectOperations
{
    private const string MetaPrefix = "x-amz-meta-";
    private const int MaxDeleteBody = 2 * 1024 * 1024;

    public static async Task PutObject(S3Call call)
    {
        var (bucket, key) = (call.Bucket, call.Key);
        call.Scope.Require(GatewayPermission.Write, bucket, key);
        call.RequireBucket(bucket);
        var storedKey = call.Scope.EncryptKey(bucket, key);
        RequireOverwrite(call, bucket, key, storedKey);
        var record = await call.Services.Store.PutAsync(call.Project.Id, bucket, storedKey, call.Body, MetadataOf(call.Http.Request), call.Services.Now, ReplaceCheck(call, bucket, key), call.Aborted);
        call.Http.Response.Headers.ETag = S3Xml.Quoted(record.ETag);
        call.Http.Response.StatusCode = 200;
    }

    public static async Task GetObject(S3Call call, bool head)
    {
        var (bucket, key) = (call.Bucket, call.Key);
        if (!head || !call.Scope.Allows(GatewayPermission.List, bucket, key))
        {
            // As on Storj, an object's info (HEAD) needs read or list; its body needs read.
            call.Scope.Require(GatewayPermission.Read, bucket, key);
        }
        call.RequireBucket(bucket);
        var opened = call.Services.Store.Open(call.Project.Id, bucket, call.Scope.EncryptKey(bucket, key)) ?? throw S3Exception.NoSuchKey();
        var (record, body) = opened;
        await using (body)
        {
            var response = call.Http.Response;
            if (Precondition(call.Http.Request, record) is { } status)
            {
                response.StatusCode = status;
                if (status == 304)
                {
                    WriteHeaders(response, record);
                    return;
                }
                throw new S3Exception("PreconditionFailed", 412, "At least one of the preconditions (If-Match, If-Unmodified-Since) did not hold.");
            }
            WriteHeaders(response, record);
            var (start, length) = (0L, record.Size);
            if (!head && call.Http.Request.Headers.Range.ToString() is { Length: > 0 } range && RangeOf(range, record.Size) is var (from, count))
            {
                (start, length) = (from, count);
                response.StatusCode = 206;
                response.Headers.ContentRange = $"bytes {from}-{from + count - 1}/{record.Size}";
            }
            else
            {
                response.StatusCode = 200;
            }
            response.ContentLength = length;
            if (head)
            {
                return;
            }
            body.Seek(start, SeekOrigin.Begin);
            await MultipartStore.CopyBytesAsync(body, response.Body, length, call.Aborted);
        }
    }

    public static Task DeleteObject(S3Call call)
    {
        var (bucket, key) = (call.Bucket, call.Key);
        call.Scope.Require(GatewayPermission.Delete, bucket, key);
        call.RequireBucket(bucket);
        call.Services.Store.Delete(call.Project.Id, bucket, call.Scope.EncryptKey(bucket, key));
        call.Http.Response.StatusCode = 204;
        return Task.CompletedTask;
    }

    public static async Task DeleteObjects(S3Call call)
    {
        var bucket = call.Bucket;
        call.RequireBucket(bucket);
        var document = await ReadXmlAsync(call, MaxDeleteBody);
        var quiet = string.Equals(document.Root?.Elements().FirstOrDefault(e => e.Name.LocalName == "Quiet")?.Value, "true", StringComparison.OrdinalIgnoreCase);
        var keys = document.Root?.Elements().Where(e => e.Name.LocalName == "Object")
            .Select(o => o.Elements().FirstOrDefault(e => e.Name.LocalName == "Key")?.Value).ToList() ?? [];
        if (keys.Count is 0 or > 1000 || keys.Any(k => string.IsNullOrEmpty(k)))
        {
            throw S3Exception.MalformedXml("DeleteObjects needs 1 to 1000 <Object><Key>…</Key></Object> entries, each with a key.");
        }
        var results = keys.Select(key =>
        {
            try
            {
                call.Scope.Require(GatewayPermission.Delete, bucket, key);
                call.Services.Store.Delete(call.Project.Id, bucket, call.Scope.EncryptKey(bucket, key!));
                return (Key: key!, Error: (string?)null);
            }
            catch (GatewayAccessDeniedException e)
            {
                return (Key: key!, Error: e.Message);
            }
        }).ToList();
        await S3Xml.WriteAsync(call.Http, 200, "DeleteResult", xml =>
        {
            foreach (var (key, error) in results)
            {
                if (error is null && quiet)
                {
                    continue;
                }
                xml.WriteStartElement(error is null ? "Deleted" : "Error");
                xml.WriteElementString("Key", key);
                if (error is not null)
                {
                    xml.WriteElementString("Code", "AccessDenied");
                    xml.WriteElementString("Message", error);
                }
                xml.WriteEndElement();
            }
        });
    }

    public static async Task CopyObject(S3Call call)
    {
        var (bucket, key) = (call.Bucket, call.Key);
        var source = Uri.UnescapeDataString(call.Http.Request.Headers["x-amz-copy-source"].ToString().Split('?')[0]).TrimStart('/');
        var slash = source.IndexOf('/');
        if (slash <= 0 || slash == source.Length - 1)
        {
            throw S3Exception.InvalidArgument("x-amz-copy-source must be bucket/key.");
        }
        var (sourceBucket, sourceKey) = (source[..slash], source[(slash + 1)..]);
        call.Scope.Require(GatewayPermission.Read, sourceBucket, sourceKey);
        call.Scope.Require(GatewayPermission.Write, bucket, key);
        call.RequireBucket(sourceBucket);
        call.RequireBucket(bucket);
        var storedKey = call.Scope.EncryptKey(bucket, key);
        RequireOverwrite(call, bucket, key, storedKey);
        var opened = call.Services.Store.Open(call.Project.Id, sourceBucket, call.Scope.EncryptKey(sourceBucket, sourceKey)) ?? throw S3Exception.NoSuchKey();
        ObjectRecord record;
        await using (opened.Body)
        {
            var replace = string.Equals(call.Http.Request.Headers["x-amz-metadata-directive"], "REPLACE", StringComparison.OrdinalIgnoreCase);
            var metadata = replace ? MetadataOf(call.Http.Request) : new ObjectMetadata(opened.Record.ContentType, opened.Record.Metadata);
            await using var exact = new ReadOnlyWindow(opened.Body, opened.Record.Size);
            record = await call.Services.Store.PutAsync(call.Project.Id, bucket, storedKey, exact, metadata, call.Services.Now, ReplaceCheck(call, bucket, key), call.Aborted);
        }
        await S3Xml.WriteAsync(call.Http, 200, "CopyObjectResult", xml =>
        {
            xml.WriteElementString("LastModified", S3Xml.Time(record.LastModified));
            xml.WriteElementString("ETag", S3Xml.Quoted(record.ETag));
        });
    }

    /// <summary>
    /// As on Storj, replacing an existing object also needs the delete permission. Checked before the body streams in
    /// (to refuse early) and again by the store when it publishes, through <see cref="ReplaceCheck"/>.
    /// </summary>
    public static void RequireOverwrite(S3Call call, string bucket, string key, string storedKey)
    {
        if (call.Services.Store.Find(call.Project.Id, bucket, storedKey) is not null)
        {
            ReplaceCheck(call, bucket, key)();
        }
    }

    /// <summary>The check the store runs when an object is already there at publish time.</summary>
    public static Action ReplaceCheck(S3Call call, string bucket, string key) => () => call.Scope.Require(GatewayPermission.Delete, bucket, key);

    /// <summary>Content-Type and x-amz-meta-* of a request (names lower case, without the prefix).</summary>
    public static ObjectMetadata MetadataOf(HttpRequest request) => new(
        request.ContentType,
        request.Headers.Where(h => h.Key.StartsWith(MetaPrefix, StringComparison.OrdinalIgnoreCase))
            .ToDictionary(h => h.Key[MetaPrefix.Length..].ToLowerInvariant(), h => h.Value.ToString()));

    /// <summary>Reads a small XML request body (DeleteObjects, CompleteMultipartUpload) with a size cap.</summary>
    public static async Task<XDocument> ReadXmlAsync(S3Call call, int limit)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[64 * 1024];
        int read;
        while ((read = await call.Body.ReadAsync(chunk, call.Aborted)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > limit)
            {
                throw S3Exception.MalformedXml($"The XML body is larger than {limit} bytes.");
            }
        }
        buffer.Position = 0;
        try
        {
            // CheckCharacters off: a key may hold a control character, sent as &#x1; (as S3 answers it in listings).
            using var reader = System.Xml.XmlReader.Create(buffer, new System.Xml.XmlReaderSettings { CheckCharacters = false, DtdProcessing = System.Xml.DtdProcessing.Prohibit });
            return XDocument.Load(reader);
        }
        catch (System.Xml.XmlException e)
        {
            throw S3Exception.MalformedXml("The XML body is not well-formed: " + e.Message);
        }
    }

    private static void WriteHeaders(HttpResponse response, ObjectRecord record)
    {
        response.Headers.ETag = S3Xml.Quoted(record.ETag);
        response.Headers.LastModified = record.LastModified.ToString("R", CultureInfo.InvariantCulture);
        response.Headers.AcceptRanges = "bytes";
        response.ContentType = record.ContentType ?? "binary/octet-stream";
        foreach (var (name, value) in record.Metadata)
        {
            response.Headers[MetaPrefix + name] = value;
        }
    }

    /// <summary>304/412 when a conditional header says so, else null (RFC 9110 order: If-Match, If-Unmodified-Since, If-None-Match, If-Modified-Since).</summary>
    private static int? Precondition(HttpRequest request, ObjectRecord record)
    {
        var headers = request.GetTypedHeaders();
        var etag = new EntityTagHeaderValue(S3Xml.Quoted(record.ETag));
        if (headers.IfMatch is { Count: > 0 } ifMatch && !ifMatch.Any(t => t.Equals(EntityTagHeaderValue.Any) || t.Compare(etag, useStrongComparison: false)))
        {
            return 412;
        }
        if (headers.IfMatch is not { Count: > 0 } && headers.IfUnmodifiedSince is { } unmodifiedSince && record.LastModified > unmodifiedSince)
        {
            return 412;
        }
        if (headers.IfNoneMatch is { Count: > 0 } ifNoneMatch)
        {
            return ifNoneMatch.Any(t => t.Equals(EntityTagHeaderValue.Any) || t.Compare(etag, useStrongComparison: false)) ? 304 : null;
        }
        if (headers.IfModifiedSince is { } modifiedSince && record.LastModified <= modifiedSince)
        {
            return 304;
        }
        return null;
    }

    /// <summary>The first byte and length of a single <c>bytes=</c> range, null for a header the gateway ignores (as S3 does), or 416.</summary>
    private static (long Start, long Length)? RangeOf(string header, long size)
    {
        if (!header.StartsWith("bytes=", StringComparison.Ordinal) || header.Contains(','))
        {
            return null;
        }
        var spec = header["bytes=".Length..].Split('-');
        if (spec.Length != 2)
        {
            return null;
        }
        var hasFirst = long.TryParse(spec[0], NumberStyles.None, CultureInfo.InvariantCulture, out var first);
        var hasLast = long.TryParse(spec[1], NumberStyles.None, CultureInfo.InvariantCulture, out var last);
        if (!hasFirst && hasLast)
        {
            // bytes=-N: the last N bytes.
            return last == 0 ? throw InvalidRange(size) : (Math.Max(0, size - last), Math.Min(last, size));
        }
        if (!hasFirst || (spec[1].Length > 0 && !hasLast) || (hasLast && last < first))
        {
            return null;
        }
        if (first >= size)
        {
            throw InvalidRange(size);
        }
        var end = hasLast ? Math.Min(last, size - 1) : size - 1;
        return (first, end - first + 1);
    }

    private static S3Exception InvalidRange(long size) => new("InvalidRange", 416, $"The requested range is not satisfiable: the object is {size} bytes.");
}
