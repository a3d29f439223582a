namespace StorjTui.Storj.Grants;

/// <summary>
/// A Storj macaroon caveat (<c>macaroon.Caveat</c>): what an API key may not do, where and when.
/// <see cref="ToBytes"/> writes fields in ascending number order with zero values omitted — byte for byte
/// what Storj writes; <see cref="Parse"/> accepts any field order and skips unknown fields.
/// </summary>
public sealed class Caveat
{
    private IReadOnlyList<CaveatPath> _allowedPaths = [];
    private byte[] _nonce = [];

    /// <summary>Field 1.</summary>
    public bool DisallowReads { get; init; }

    /// <summary>Field 2.</summary>
    public bool DisallowWrites { get; init; }

    /// <summary>Field 3.</summary>
    public bool DisallowLists { get; init; }

    /// <summary>Field 4.</summary>
    public bool DisallowDeletes { get; init; }

    /// <summary>Field 5 (the old catch-all object-lock permission; uplink sets it, the console does not).</summary>
    public bool DisallowLocks { get; init; }

    /// <summary>Field 6.</summary>
    public bool DisallowPutRetention { get; init; }

    /// <summary>Field 7.</summary>
    public bool DisallowGetRetention { get; init; }

    /// <summary>Field 8.</summary>
    public bool DisallowPutLegalHold { get; init; }

    /// <summary>Field 9.</summary>
    public bool DisallowGetLegalHold { get; init; }

    /// <summary>Field 11.</summary>
    public bool DisallowBypassGovernanceRetention { get; init; }

    /// <summary>Field 12.</summary>
    public bool DisallowPutBucketObjectLockConfiguration { get; init; }

    /// <summary>Field 13.</summary>
    public bool DisallowGetBucketObjectLockConfiguration { get; init; }

    /// <summary>Field 14.</summary>
    public bool DisallowPutBucketNotificationConfiguration { get; init; }

    /// <summary>Field 15.</summary>
    public bool DisallowGetBucketNotificationConfiguration { get; init; }

    /// <summary>Field 10: if any, all access must fall under one of these bucket/prefix pairs.</summary>
    public IReadOnlyList<CaveatPath> AllowedPaths
    {
        get => _allowedPaths;
        init => _allowedPaths = [.. value ?? throw new ArgumentNullException(nameof(value))];
    }

    /// <summary>Field 20 exactly as stored (seconds + nanoseconds); null when absent.</summary>
    public CaveatTimestamp? NotAfterTimestamp { get; init; }

    /// <summary>Field 21 exactly as stored; null when absent.</summary>
    public CaveatTimestamp? NotBeforeTimestamp { get; init; }

    /// <summary>Field 20 as a UTC instant (100 ns precision); null when absent.</summary>
    public DateTimeOffset? NotAfter
    {
        get => NotAfterTimestamp?.ToDateTimeOffset();
        init => NotAfterTimestamp = value is { } v ? CaveatTimestamp.From(v) : null;
    }

    /// <summary>Field 21 as a UTC instant (100 ns precision); null when absent.</summary>
    public DateTimeOffset? NotBefore
    {
        get => NotBeforeTimestamp?.ToDateTimeOffset();
        init => NotBeforeTimestamp = value is { } v ? CaveatTimestamp.From(v) : null;
    }

    /// <summary>Field 22 in nanoseconds (Go's <c>time.Duration</c>, which is what uplink prints); null when absent.</summary>
    public long? MaxObjectTtlNanoseconds { get; init; }

    /// <summary>Field 22 as a <see cref="TimeSpan"/> (100 ns precision); null when absent.</summary>
    public TimeSpan? MaxObjectTtl
    {
        get => MaxObjectTtlNanoseconds is { } ns ? TimeSpan.FromTicks(ns / 100) : null;
        init => MaxObjectTtlNanoseconds = value is { } v ? checked(v.Ticks * 100) : null;
    }

    /// <summary>Field 30: random bytes so equal restrictions still give distinct keys.</summary>
    public byte[] Nonce
    {
        get => (byte[])_nonce.Clone();
        init => _nonce = (byte[])(value ?? throw new ArgumentNullException(nameof(value))).Clone();
    }

    /// <summary>Serializes the caveat as Storj does.</summary>
    public byte[] ToBytes()
    {
        var writer = new ProtoWriter();
        writer.WriteBool(1, DisallowReads);
        writer.WriteBool(2, DisallowWrites);
        writer.WriteBool(3, DisallowLists);
        writer.WriteBool(4, DisallowDeletes);
        writer.WriteBool(5, DisallowLocks);
        writer.WriteBool(6, DisallowPutRetention);
        writer.WriteBool(7, DisallowGetRetention);
        writer.WriteBool(8, DisallowPutLegalHold);
        writer.WriteBool(9, DisallowGetLegalHold);
        foreach (var path in _allowedPaths)
        {
            var inner = new ProtoWriter();
            inner.WriteBytes(1, path.Bucket);
            inner.WriteBytes(2, path.EncryptedPathPrefix);
            writer.WriteMessage(10, inner.ToArray());
        }

        writer.WriteBool(11, DisallowBypassGovernanceRetention);
        writer.WriteBool(12, DisallowPutBucketObjectLockConfiguration);
        writer.WriteBool(13, DisallowGetBucketObjectLockConfiguration);
        writer.WriteBool(14, DisallowPutBucketNotificationConfiguration);
        writer.WriteBool(15, DisallowGetBucketNotificationConfiguration);
        WriteTimestamp(writer, 20, NotAfterTimestamp);
        WriteTimestamp(writer, 21, NotBeforeTimestamp);
        if (MaxObjectTtlNanoseconds is { } ttl)
        {
            var seconds = ttl / 1_000_000_000;
            var inner = new ProtoWriter();
            inner.WriteInt64(1, seconds);
            inner.WriteInt32(2, (int)(ttl - seconds * 1_000_000_000));
            writer.WriteMessage(22, inner.ToArray());
        }

        writer.WriteBytes(30, _nonce);
        return writer.ToArray();
    }

    /// <summary>Parses caveat bytes; throws <see cref="InvalidCaveatException"/> when they are malformed.</summary>
    public static Caveat Parse(ReadOnlySpan<byte> data)
    {
        try
        {
            return Read(data);
        }
        catch (ProtoFormatException e)
        {
            throw new InvalidCaveatException($"caveat is malformed: {e.Message}", e);
        }
    }

    private static void WriteTimestamp(ProtoWriter writer, int field, CaveatTimestamp? value)
    {
        // Storj omits Go's zero time even when the field is set.
        if (value is not { } t || t.IsGoZero)
        {
            return;
        }

        var inner = new ProtoWriter();
        inner.WriteInt64(1, t.Seconds);
        inner.WriteInt32(2, t.Nanos);
        writer.WriteMessage(field, inner.ToArray());
    }

    private static Caveat Read(ReadOnlySpan<byte> data)
    {
        var flags = new bool[16];
        var paths = new List<CaveatPath>();
        CaveatTimestamp? notAfter = null, notBefore = null;
        long? ttl = null;
        byte[] nonce = [];
        var reader = new ProtoReader(data);
        while (reader.Next())
        {
            switch (reader.Field)
            {
                case >= 1 and <= 15 when reader.Field != 10:
                    flags[reader.Field] = reader.ReadBool();
                    break;
                case 10:
                    paths.Add(ReadPath(reader.ReadBytes()));
                    break;
                case 20:
                    notAfter = ReadTimestamp(reader.ReadBytes());
                    break;
                case 21:
                    notBefore = ReadTimestamp(reader.ReadBytes());
                    break;
                case 22:
                    ttl = ReadDuration(reader.ReadBytes());
                    break;
                case 30:
                    nonce = reader.ReadBytes().ToArray();
                    break;
                default:
                    reader.Skip();
                    break;
            }
        }

        return new Caveat
        {
            DisallowReads = flags[1],
            DisallowWrites = flags[2],
            DisallowLists = flags[3],
            DisallowDeletes = flags[4],
            DisallowLocks = flags[5],
            DisallowPutRetention = flags[6],
            DisallowGetRetention = flags[7],
            DisallowPutLegalHold = flags[8],
            DisallowGetLegalHold = flags[9],
            DisallowBypassGovernanceRetention = flags[11],
            DisallowPutBucketObjectLockConfiguration = flags[12],
            DisallowGetBucketObjectLockConfiguration = flags[13],
            DisallowPutBucketNotificationConfiguration = flags[14],
            DisallowGetBucketNotificationConfiguration = flags[15],
            AllowedPaths = paths,
            NotAfterTimestamp = notAfter,
            NotBeforeTimestamp = notBefore,
            MaxObjectTtlNanoseconds = ttl,
            Nonce = nonce,
        };
    }

    private static CaveatPath ReadPath(ReadOnlySpan<byte> data)
    {
        byte[] bucket = [], prefix = [];
        var reader = new ProtoReader(data);
        while (reader.Next())
        {
            switch (reader.Field)
            {
                case 1:
                    bucket = reader.ReadBytes().ToArray();
                    break;
                case 2:
                    prefix = reader.ReadBytes().ToArray();
                    break;
                default:
                    reader.Skip();
                    break;
            }
        }

        return new CaveatPath(bucket, prefix);
    }

    private static (long Seconds, int Nanos) ReadSecondsNanos(ReadOnlySpan<byte> data)
    {
        long seconds = 0;
        var nanos = 0;
        var reader = new ProtoReader(data);
        while (reader.Next())
        {
            switch (reader.Field)
            {
                case 1:
                    seconds = reader.ReadInt64();
                    break;
                case 2:
                    nanos = reader.ReadInt32();
                    break;
                default:
                    reader.Skip();
                    break;
            }
        }

        return (seconds, nanos);
    }

    private static CaveatTimestamp ReadTimestamp(ReadOnlySpan<byte> data)
    {
        var (seconds, nanos) = ReadSecondsNanos(data);
        return CaveatTimestamp.Normalize(seconds, nanos);
    }

    // Converts to Go's time.Duration (int64 nanoseconds), saturating on overflow as Storj's decoder does.
    private static long ReadDuration(ReadOnlySpan<byte> data)
    {
        var (seconds, nanos) = ReadSecondsNanos(data);
        var total = unchecked(seconds * 1_000_000_000);
        var overflow = total / 1_000_000_000 != seconds;
        total = unchecked(total + nanos);
        overflow |= seconds < 0 && nanos < 0 && total > 0;
        overflow |= seconds > 0 && nanos > 0 && total < 0;
        if (overflow && seconds != 0)
        {
            return seconds < 0 ? long.MinValue : long.MaxValue;
        }

        return total;
    }
}
