using System.Security.Cryptography;
using System.Text;
using StorjTui.Core.Bundles;

namespace StorjTui.Sandbox.Gateway.Storage;

/// <summary>
/// The gateway's objects under <c>&lt;data&gt;/objects/&lt;project&gt;/&lt;bucket&gt;/</c>, one file per object named by
/// sha256 of its stored (encrypted) key; an in-memory index per bucket maps stored keys to records and is rebuilt
/// from the files after a restart. Writes go to this store's own folder in <c>tmp/</c> (see <see cref="TempFolders"/>)
/// and are renamed into place, so an object is never half-visible; what a dead process left in <c>tmp/</c> is deleted
/// at start, while the uploads of another sandbox still running on the same data folder are left alone.
/// </summary>
internal sealed class ObjectStore
{
    private readonly string root;
    private readonly string temp;
    private readonly Lock gate = new();
    private readonly Dictionary<string, Dictionary<string, ObjectRecord>> buckets = [];

    public ObjectStore(string root, long quotaBytes)
    {
        this.root = root;
        var temps = Path.Combine(root, "tmp");
        PrivateFolders.Secure(root);
        PrivateFolders.Secure(temps);
        TempFolders.DeleteLeftovers(temps);
        temp = Path.Combine(temps, TempFolders.NameForThisStore());
        PrivateFolders.Secure(temp);
        Quota = new QuotaLedger(quotaBytes, Measure);
    }

    public QuotaLedger Quota { get; }

    /// <summary>A fresh path in the temp folder (deleted at the next start if never renamed).</summary>
    public string NewTempPath() => Path.Combine(temp, Guid.NewGuid().ToString("N"));

    /// <summary>
    /// Streams <paramref name="body"/> to disk and publishes it under <paramref name="storedKey"/>, replacing any older
    /// object if <paramref name="requireReplace"/> (see <see cref="Publish"/>) lets it.
    /// </summary>
    public async Task<ObjectRecord> PutAsync(string project, string bucket, string storedKey, Stream body, ObjectMetadata metadata, DateTimeOffset now, Action requireReplace, CancellationToken cancellationToken)
    {
        var path = NewTempPath();
        var replacing = Find(project, bucket, storedKey)?.Size ?? 0;
        var (size, md5) = await BodyFile.WriteAsync(body, path, Quota, project, cancellationToken, replacing);
        return Publish(project, bucket, storedKey, path, size, Convert.ToHexStringLower(md5), metadata, now, requireReplace);
    }

    /// <summary>
    /// Publishes a body file already in the temp folder (its bytes already counted in the quota): appends the record
    /// and renames it into the bucket, giving back the quota of the object it replaces. <paramref name="requireReplace"/>
    /// runs under the lock when an object is already there and throws if the caller may not replace it: checked here,
    /// not when the write started, because the object may have been created while the body streamed in.
    /// </summary>
    public ObjectRecord Publish(string project, string bucket, string storedKey, string tempPath, long size, string etag, ObjectMetadata metadata, DateTimeOffset now, Action requireReplace)
    {
        var record = new ObjectRecord
        {
            StoredKey = storedKey,
            Size = size,
            ETag = etag,
            LastModified = DateTimeOffset.FromUnixTimeSeconds(now.ToUnixTimeSeconds()),
            ContentType = metadata.ContentType,
            Metadata = new Dictionary<string, string>(metadata.UserMetadata),
        };
        try
        {
            ObjectFile.AppendRecord(tempPath, record);
            var folder = BucketFolder(project, bucket);
            PrivateFolders.Secure(Path.Combine(root, project));
            PrivateFolders.Secure(folder);
            record.File = Path.Combine(folder, FileNameOf(storedKey));
            lock (gate)
            {
                var index = IndexLocked(project, bucket);
                if (index.ContainsKey(storedKey))
                {
                    requireReplace();
                }
                File.Move(tempPath, record.File, overwrite: true);
                if (index.Remove(storedKey, out var old))
                {
                    Quota.Release(project, old.Size);
                }
                index[storedKey] = record;
            }
            return record;
        }
        catch
        {
            Quota.Release(project, size);
            File.Delete(tempPath);
            throw;
        }
    }

    public ObjectRecord? Find(string project, string bucket, string storedKey)
    {
        lock (gate)
        {
            return IndexLocked(project, bucket).GetValueOrDefault(storedKey);
        }
    }

    /// <summary>The record and an open handle on its file, taken together so a concurrent overwrite cannot mix them.</summary>
    public (ObjectRecord Record, FileStream Body)? Open(string project, string bucket, string storedKey)
    {
        lock (gate)
        {
            if (!IndexLocked(project, bucket).TryGetValue(storedKey, out var record))
            {
                return null;
            }
            var body = new FileStream(record.File, new FileStreamOptions { Mode = FileMode.Open, Access = FileAccess.Read, Share = FileShare.ReadWrite | FileShare.Delete, BufferSize = 0 });
            return (record, body);
        }
    }

    public bool Delete(string project, string bucket, string storedKey)
    {
        lock (gate)
        {
            if (!IndexLocked(project, bucket).Remove(storedKey, out var record))
            {
                return false;
            }
            File.Delete(record.File);
            Quota.Release(project, record.Size);
            return true;
        }
    }

    /// <summary>A snapshot of a bucket's records (stored keys; the caller decrypts what its grant can).</summary>
    public IReadOnlyList<ObjectRecord> All(string project, string bucket)
    {
        lock (gate)
        {
            return IndexLocked(project, bucket).Values.ToList();
        }
    }

    public bool IsEmpty(string project, string bucket)
    {
        lock (gate)
        {
            return IndexLocked(project, bucket).Count == 0;
        }
    }

    /// <summary>Forgets an empty bucket's folder.</summary>
    public void RemoveBucket(string project, string bucket)
    {
        lock (gate)
        {
            buckets.Remove(project + "/" + bucket);
            var folder = BucketFolder(project, bucket);
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    private string BucketFolder(string project, string bucket) => Path.Combine(root, project, bucket);

    private static string FileNameOf(string storedKey) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(storedKey)));

    private Dictionary<string, ObjectRecord> IndexLocked(string project, string bucket)
    {
        var name = project + "/" + bucket;
        if (!buckets.TryGetValue(name, out var index))
        {
            index = new Dictionary<string, ObjectRecord>(StringComparer.Ordinal);
            var folder = BucketFolder(project, bucket);
            if (Directory.Exists(folder))
            {
                foreach (var file in Directory.EnumerateFiles(folder))
                {
                    if (ObjectFile.ReadRecord(file) is { } record)
                    {
                        index[record.StoredKey] = record;
                    }
                }
            }
            buckets[name] = index;
        }
        return index;
    }

    /// <summary>Bytes of a project's bodies on disk (objects and multipart parts), counted once when the quota first needs it.</summary>
    private long Measure(string project)
    {
        long total = 0;
        foreach (var folder in new[] { Path.Combine(root, project), Path.Combine(root, "uploads", project) }.Where(Directory.Exists))
        {
            foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
            {
                total += ObjectFile.ReadRecord(file)?.Size ?? 0;
            }
        }
        return total;
    }
}
