using System.Globalization;

namespace StorjTui.Sandbox.Gateway;

/// <summary>CreateMultipartUpload, UploadPart, CompleteMultipartUpload, AbortMultipartUpload, ListParts, ListMultipartUploads.</summary>
internal static class MultipartOperations
{
    private const int MaxPartNumber = 10000;

    public static Task Create(S3Call call)
    {
        var (bucket, key) = (call.Bucket, call.Key);
        call.Scope.Require(GatewayPermission.Write, bucket, key);
        call.RequireBucket(bucket);
        var upload = call.Services.Uploads.Create(call.Project.Id, bucket, call.Scope.EncryptKey(bucket, key), ObjectOperations.MetadataOf(call.Http.Request), call.Services.Now);
        return S3Xml.WriteAsync(call.Http, 200, "InitiateMultipartUploadResult", xml =>
        {
            xml.WriteElementString("Bucket", bucket);
            xml.WriteElementString("Key", key);
            xml.WriteElementString("UploadId", upload.Id);
        });
    }

    public static async Task UploadPart(S3Call call)
    {
        var (bucket, key) = (call.Bucket, call.Key);
        call.Scope.Require(GatewayPermission.Write, bucket, key);
        if (call.Http.Request.Headers.ContainsKey("x-amz-copy-source"))
        {
            throw S3Exception.NotImplemented("UploadPartCopy");
        }
        if (!int.TryParse(call.Target.Get("partNumber"), NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number is < 1 or > MaxPartNumber)
        {
            throw S3Exception.InvalidArgument("partNumber must be a number from 1 to 10000.");
        }
        var upload = call.Services.Uploads.Get(call.Project.Id, bucket, call.Scope.EncryptKey(bucket, key), call.Target.Get("uploadId") ?? "");
        var part = await call.Services.Uploads.PutPartAsync(call.Project.Id, upload, number, call.Body, call.Services.Now, call.Aborted);
        call.Http.Response.Headers.ETag = S3Xml.Quoted(part.ETag);
        call.Http.Response.StatusCode = 200;
    }

    public static async Task Complete(S3Call call)
    {
        var (bucket, key) = (call.Bucket, call.Key);
        call.Scope.Require(GatewayPermission.Write, bucket, key);
        var upload = call.Services.Uploads.Get(call.Project.Id, bucket, call.Scope.EncryptKey(bucket, key), call.Target.Get("uploadId") ?? "");
        ObjectOperations.RequireOverwrite(call, bucket, key, upload.StoredKey);
        var document = await ObjectOperations.ReadXmlAsync(call, 4 * 1024 * 1024);
        var chosen = new List<(int, string)>();
        foreach (var part in document.Root?.Elements().Where(e => e.Name.LocalName == "Part") ?? [])
        {
            var numberText = part.Elements().FirstOrDefault(e => e.Name.LocalName == "PartNumber")?.Value;
            var etag = part.Elements().FirstOrDefault(e => e.Name.LocalName == "ETag")?.Value;
            if (!int.TryParse(numberText, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || etag is null)
            {
                throw S3Exception.MalformedXml("Each <Part> needs a <PartNumber> and an <ETag>.");
            }
            chosen.Add((number, etag));
        }
        var record = await call.Services.Uploads.CompleteAsync(call.Project.Id, upload, chosen, call.Services.Now, ObjectOperations.ReplaceCheck(call, bucket, key), call.Aborted);
        await S3Xml.WriteAsync(call.Http, 200, "CompleteMultipartUploadResult", xml =>
        {
            xml.WriteElementString("Location", $"/{bucket}/{key}");
            xml.WriteElementString("Bucket", bucket);
            xml.WriteElementString("Key", key);
            xml.WriteElementString("ETag", S3Xml.Quoted(record.ETag));
        });
    }

    public static Task Abort(S3Call call)
    {
        var (bucket, key) = (call.Bucket, call.Key);
        call.Scope.Require(GatewayPermission.Delete, bucket, key);
        var upload = call.Services.Uploads.Get(call.Project.Id, bucket, call.Scope.EncryptKey(bucket, key), call.Target.Get("uploadId") ?? "");
        call.Services.Uploads.Abort(call.Project.Id, upload);
        call.Http.Response.StatusCode = 204;
        return Task.CompletedTask;
    }

    public static Task ListParts(S3Call call)
    {
        var (bucket, key) = (call.Bucket, call.Key);
        call.Scope.Require(GatewayPermission.List, bucket, key);
        var upload = call.Services.Uploads.Get(call.Project.Id, bucket, call.Scope.EncryptKey(bucket, key), call.Target.Get("uploadId") ?? "");
        var marker = int.TryParse(call.Target.Get("part-number-marker"), NumberStyles.None, CultureInfo.InvariantCulture, out var m) ? m : 0;
        var max = int.TryParse(call.Target.Get("max-parts"), NumberStyles.None, CultureInfo.InvariantCulture, out var mp) ? Math.Min(mp, 1000) : 1000;
        var all = call.Services.Uploads.Parts(call.Project.Id, upload).Where(p => p.Key > marker).ToList();
        var page = all.Take(max).ToList();
        return S3Xml.WriteAsync(call.Http, 200, "ListPartsResult", xml =>
        {
            xml.WriteElementString("Bucket", bucket);
            xml.WriteElementString("Key", key);
            xml.WriteElementString("UploadId", upload.Id);
            xml.WriteElementString("PartNumberMarker", marker.ToString(CultureInfo.InvariantCulture));
            if (page.Count > 0)
            {
                xml.WriteElementString("NextPartNumberMarker", page[^1].Key.ToString(CultureInfo.InvariantCulture));
            }
            xml.WriteElementString("MaxParts", max.ToString(CultureInfo.InvariantCulture));
            xml.WriteElementString("IsTruncated", all.Count > page.Count ? "true" : "false");
            foreach (var (number, part) in page)
            {
                xml.WriteStartElement("Part");
                xml.WriteElementString("PartNumber", number.ToString(CultureInfo.InvariantCulture));
                xml.WriteElementString("LastModified", S3Xml.Time(part.LastModified));
                xml.WriteElementString("ETag", S3Xml.Quoted(part.ETag));
                xml.WriteElementString("Size", part.Size.ToString(CultureInfo.InvariantCulture));
                xml.WriteEndElement();
            }
        });
    }

    public static Task ListUploads(S3Call call)
    {
        var bucket = call.Bucket;
        call.Scope.Require(GatewayPermission.List, bucket, null);
        call.RequireBucket(bucket);
        var prefix = call.Target.Get("prefix") ?? "";
        var uploads = call.Services.Uploads.InBucket(call.Project.Id, bucket)
            .Select(u => (Key: call.Scope.TryDecryptKey(bucket, u.StoredKey), Upload: u))
            .Where(u => u.Key is not null && u.Key.StartsWith(prefix, StringComparison.Ordinal) && call.Scope.Allows(GatewayPermission.List, bucket, u.Key))
            .OrderBy(u => u.Key, StringComparer.Ordinal).ThenBy(u => u.Upload.Initiated).Take(1000).ToList();
        return S3Xml.WriteAsync(call.Http, 200, "ListMultipartUploadsResult", xml =>
        {
            xml.WriteElementString("Bucket", bucket);
            xml.WriteElementString("Prefix", prefix);
            xml.WriteElementString("MaxUploads", "1000");
            xml.WriteElementString("IsTruncated", "false");
            foreach (var (key, upload) in uploads)
            {
                xml.WriteStartElement("Upload");
                xml.WriteElementString("Key", key);
                xml.WriteElementString("UploadId", upload.Id);
                xml.WriteElementString("Initiated", S3Xml.Time(upload.Initiated));
                xml.WriteElementString("StorageClass", "STANDARD");
                xml.WriteEndElement();
            }
        });
    }
}
