using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using StorjTui.Core.Bundles;

namespace StorjTui.Sandbox.Gateway.Storage;

/// <summary>
/// Multipart uploads under <c>&lt;data&gt;/objects/uploads/&lt;project&gt;/&lt;upload id&gt;/</c>: <c>upload.json</c> and one
/// file per part (body plus record, written through the temp folder and renamed). Completing joins the parts into one
/// object file and publishes it through the <see cref="ObjectStore"/>; the parts' quota passes to the object.
/// </summary>
internal sealed class MultipartStore(string root, ObjectStore objects)
{
    /// <summary>S3's smallest part, except the last.</summary>
    public const long MinPartSize = 5L * 1024 * 1024;

    private readonly Lock gate = new();

    /// <summary>
    /// Uploads a Complete or an Abort has claimed ("project/id"): any other Complete, Abort or UploadPart of them is
    /// NoSuchUpload, so two of them cannot both publish or give back the same parts' quota.
    /// </summary>
    private readonly HashSet<string> claimed = [];

    public MultipartUpload Create(string project, string bucket, string storedKey, ObjectMetadata metadata, DateTimeOffset now)
    {
        var upload = new MultipartUpload
        {
            Id = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)),
            Bucket = bucket,
            StoredKey = storedKey,
            Initiated = now,
            ContentType = metadata.ContentType,
            Metadata = new Dictionary<string, string>(metadata.UserMetadata),
        };
        var folder = Folder(project, upload.Id);
        // Each level 0700: Secure sets the mode of the folder it is given.
        PrivateFolders.Secure(root);
        PrivateFolders.Secure(Path.Combine(root, project));
        PrivateFolders.Secure(folder);
        PrivateFiles.Replace(Path.Combine(folder, "upload.json"), JsonSerializer.Serialize(upload, SandboxJsonContext.Default.MultipartUpload));
        return upload;
    }

    /// <summary>The upload with this id in this bucket for this stored key, or S3 NoSuchUpload.</summary>
    public MultipartUpload Get(string project, string bucket, string storedKey, string uploadId)
    {
        var upload = Find(project, uploadId);
        if (upload is null || upload.Bucket != bucket || upload.StoredKey != storedKey)
        {
            throw S3Exception.NoSuchUpload();
        }
        return upload;
    }

    public IReadOnlyList<MultipartUpload> InBucket(string project, string bucket)
    {
        var folder = Path.Combine(root, project);
        if (!Directory.Exists(folder))
        {
            return [];
        }
        return Directory.EnumerateDirectories(folder).Select(d => Find(project, Path.GetFileName(d))).OfType<MultipartUpload>()
            .Where(u => u.Bucket == bucket).ToList();
    }

    public async Task<ObjectRecord> PutPartAsync(string project, MultipartUpload upload, int partNumber, Stream body, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var path = objects.NewTempPath();
        var (size, md5) = await BodyFile.WriteAsync(body, path, objects.Quota, project, cancellationToken);
        var record = new ObjectRecord { StoredKey = PartName(partNumber), Size = size, ETag = Convert.ToHexStringLower(md5), LastModified = now };
        try
        {
            ObjectFile.AppendRecord(path, record);
            record.File = Path.Combine(Folder(project, upload.Id), PartName(partNumber));
            lock (gate)
            {
                if (!Directory.Exists(Folder(project, upload.Id)) || claimed.Contains(ClaimOf(project, upload.Id)))
                {
                    throw S3Exception.NoSuchUpload();
                }
                var old = File.Exists(record.File) ? ObjectFile.ReadRecord(record.File) : null;
                File.Move(path, record.File, overwrite: true);
                if (old is not null)
                {
                    objects.Quota.Release(project, old.Size);
                }
            }
            return record;
        }
        catch
        {
            objects.Quota.Release(project, size);
            File.Delete(path);
            throw;
        }
    }

    /// <summary>The uploaded parts, by part number.</summary>
    public SortedDictionary<int, ObjectRecord> Parts(string project, MultipartUpload upload)
    {
        var parts = new SortedDictionary<int, ObjectRecord>();
        var folder = Folder(project, upload.Id);
        if (Directory.Exists(folder))
        {
            foreach (var file in Directory.EnumerateFiles(folder, "part-*"))
            {
                if (ObjectFile.ReadRecord(file) is { } record && int.TryParse(Path.GetFileName(file)[5..], NumberStyles.None, CultureInfo.InvariantCulture, out var number))
                {
                    parts[number] = record;
                }
            }
        }
        return parts;
    }

    /// <summary>Joins the listed parts (ascending, ETags matching) into the object and removes the upload.</summary>
    public async Task<ObjectRecord> CompleteAsync(string project, MultipartUpload upload, IReadOnlyList<(int Number, string ETag)> chosen, DateTimeOffset now, Action requireReplace, CancellationToken cancellationToken)
    {
        Claim(project, upload.Id);
        try
        {
            return await CompleteClaimedAsync(project, upload, chosen, now, requireReplace, cancellationToken);
        }
        finally
        {
            Unclaim(project, upload.Id);
        }
    }

    private async Task<ObjectRecord> CompleteClaimedAsync(string project, MultipartUpload upload, IReadOnlyList<(int Number, string ETag)> chosen, DateTimeOffset now, Action requireReplace, CancellationToken cancellationToken)
    {
        var parts = Parts(project, upload);
        if (chosen.Count == 0)
        {
            throw S3Exception.MalformedXml("CompleteMultipartUpload lists no parts.");
        }
        for (var i = 0; i < chosen.Count; i++)
        {
            var (number, etag) = chosen[i];
            if (i > 0 && number <= chosen[i - 1].Number)
            {
                throw new S3Exception("InvalidPartOrder", 400, "The parts must be listed in ascending order of part number.");
            }
            if (!parts.TryGetValue(number, out var part) || part.ETag != etag.Trim('"'))
            {
                throw new S3Exception("InvalidPart", 400, $"Part {number} was not uploaded, or its ETag is not the one given.");
            }
            if (i < chosen.Count - 1 && part.Size < MinPartSize)
            {
                throw new S3Exception("EntityTooSmall", 400, $"Part {number} is {part.Size} bytes; every part but the last must be at least 5 MiB.");
            }
        }
        var path = objects.NewTempPath();
        long size = 0;
        using var md5s = IncrementalHash.CreateHash(HashAlgorithmName.MD5);
        try
        {
            await using (var target = PrivateFiles.OpenNew(path))
            {
                foreach (var (number, _) in chosen)
                {
                    var part = parts[number];
                    await using var source = new FileStream(part.File, FileMode.Open, FileAccess.Read, FileShare.Read, 0);
                    await CopyBytesAsync(source, target, part.Size, cancellationToken);
                    size += part.Size;
                    md5s.AppendData(Convert.FromHexString(part.ETag));
                }
            }
        }
        catch
        {
            File.Delete(path);
            throw;
        }
        // The parts' bytes were counted when they arrived; the object takes them over, unused parts are given back.
        var unused = parts.Where(p => !chosen.Any(c => c.Number == p.Key)).Sum(p => p.Value.Size);
        var etagOfAll = Convert.ToHexStringLower(md5s.GetHashAndReset()) + "-" + chosen.Count.ToString(CultureInfo.InvariantCulture);
        ObjectRecord record;
        try
        {
            record = objects.Publish(project, upload.Bucket, upload.StoredKey, path, size, etagOfAll, new ObjectMetadata(upload.ContentType, upload.Metadata), now, requireReplace);
        }
        catch
        {
            // Publish gave back the joined copy's bytes, but they are the parts' bytes and the parts stay (the upload
            // may be completed again): count them again (allowed up to their own size, so this cannot fail).
            objects.Quota.Reserve(project, size, replacing: size);
            throw;
        }
        RemoveFolder(project, upload.Id);
        objects.Quota.Release(project, unused);
        return record;
    }

    public void Abort(string project, MultipartUpload upload)
    {
        Claim(project, upload.Id);
        try
        {
            var bytes = Parts(project, upload).Values.Sum(p => p.Size);
            RemoveFolder(project, upload.Id);
            objects.Quota.Release(project, bytes);
        }
        finally
        {
            Unclaim(project, upload.Id);
        }
    }

    /// <summary>Claims an existing, unclaimed upload for a Complete or an Abort, or throws NoSuchUpload.</summary>
    private void Claim(string project, string uploadId)
    {
        lock (gate)
        {
            if (!Directory.Exists(Folder(project, uploadId)) || !claimed.Add(ClaimOf(project, uploadId)))
            {
                throw S3Exception.NoSuchUpload();
            }
        }
    }

    private static string ClaimOf(string project, string uploadId) => project + "/" + uploadId;

    private void Unclaim(string project, string uploadId)
    {
        lock (gate)
        {
            claimed.Remove(ClaimOf(project, uploadId));
        }
    }

    /// <summary>Copies exactly <paramref name="count"/> bytes with a fixed buffer.</summary>
    public static async Task CopyBytesAsync(Stream source, Stream target, long count, CancellationToken cancellationToken)
    {
        var buffer = new byte[256 * 1024];
        while (count > 0)
        {
            var read = await source.ReadAsync(buffer.AsMemory(0, (int)Math.Min(buffer.Length, count)), cancellationToken);
            if (read == 0)
            {
                throw new IOException("A stored body is shorter than its record says.");
            }
            await target.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
            count -= read;
        }
    }

    private MultipartUpload? Find(string project, string uploadId)
    {
        if (uploadId.Length != 32 || !uploadId.All(char.IsAsciiHexDigitLower))
        {
            return null;
        }
        var file = Path.Combine(Folder(project, uploadId), "upload.json");
        return File.Exists(file) ? JsonSerializer.Deserialize(File.ReadAllText(file), SandboxJsonContext.Default.MultipartUpload) : null;
    }

    private void RemoveFolder(string project, string uploadId)
    {
        lock (gate)
        {
            var folder = Folder(project, uploadId);
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    private string Folder(string project, string uploadId) => Path.Combine(root, project, uploadId);

    private static string PartName(int number) => "part-" + number.ToString("D5", CultureInfo.InvariantCulture);
}
