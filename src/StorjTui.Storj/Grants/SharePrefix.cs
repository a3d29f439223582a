namespace StorjTui.Storj.Grants;

/// <summary>
/// A bucket, optionally narrowed to a plain (unencrypted) key prefix, that a restricted grant may reach.
/// A trailing '/' on the prefix is trimmed when the grant is restricted, as uplink does.
/// </summary>
public sealed record SharePrefix
{
    /// <summary>Creates a share prefix; an empty <paramref name="prefix"/> means the whole bucket.</summary>
    public SharePrefix(string bucket, string prefix = "")
    {
        ArgumentException.ThrowIfNullOrEmpty(bucket);
        ArgumentNullException.ThrowIfNull(prefix);
        Bucket = bucket;
        Prefix = prefix;
    }

    /// <summary>The bucket name.</summary>
    public string Bucket { get; }

    /// <summary>The key prefix inside the bucket ("" for all of it).</summary>
    public string Prefix { get; }

    /// <summary>
    /// Reads <c>bucket</c>, <c>bucket/prefix</c> or <c>sj://bucket/prefix</c>: the bucket ends at the first '/'.
    /// </summary>
    public static SharePrefix FromPath(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (path.StartsWith("sj://", StringComparison.Ordinal))
        {
            path = path[5..];
        }

        var slash = path.IndexOf('/', StringComparison.Ordinal);
        if (slash == 0 || path.Length == 0)
        {
            throw new InvalidRestrictionException("a prefix must start with a bucket name");
        }

        return slash < 0 ? new SharePrefix(path) : new SharePrefix(path[..slash], path[(slash + 1)..]);
    }
}
