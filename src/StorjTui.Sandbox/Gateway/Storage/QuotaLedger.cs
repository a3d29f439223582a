namespace StorjTui.Sandbox.Gateway.Storage;

/// <summary>
/// Bytes each project holds (objects, unfinished multipart parts, and uploads under way), against one limit, so a
/// runaway script cannot fill the disk: a write reserves its bytes as they arrive and fails once the limit is hit.
/// </summary>
internal sealed class QuotaLedger(long limitBytes, Func<string, long> measure)
{
    private readonly Lock gate = new();
    private readonly Dictionary<string, long> used = [];

    public long LimitBytes => limitBytes;

    public long Used(string project)
    {
        lock (gate)
        {
            return UsedLocked(project);
        }
    }

    /// <summary>Counts <paramref name="bytes"/> more for <paramref name="project"/>, or throws S3 QuotaExceeded (counting nothing).</summary>
    public void Reserve(string project, long bytes)
    {
        lock (gate)
        {
            var now = UsedLocked(project);
            if (now + bytes > limitBytes)
            {
                throw new S3Exception("QuotaExceeded", 403,
                    $"The project's storage limit in the sandbox ({limitBytes} bytes, setting Sandbox:S3QuotaBytes) would be exceeded; delete objects or raise the limit.");
            }
            used[project] = now + bytes;
        }
    }

    public void Release(string project, long bytes)
    {
        lock (gate)
        {
            used[project] = Math.Max(0, UsedLocked(project) - bytes);
        }
    }

    private long UsedLocked(string project)
    {
        if (!used.TryGetValue(project, out var bytes))
        {
            bytes = measure(project);
            used[project] = bytes;
        }
        return bytes;
    }
}
