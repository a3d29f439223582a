using StorjTui.Core.Access;

namespace StorjTui.Storj.Grants;

/// <summary>
/// What a restricted grant may do: the permissions to allow (everything else is disallowed), the buckets or
/// prefixes it may reach (none = all), a validity window and a maximum object TTL.
/// </summary>
public sealed record GrantRestrictions
{
    /// <summary>Permissions to keep; the others become <c>disallow_*</c> in the caveat.</summary>
    public Permissions Permissions { get; init; } = Permissions.All;

    /// <summary>Buckets or bucket/prefix pairs; empty means every bucket.</summary>
    public IReadOnlyList<SharePrefix> Prefixes { get; init; } = [];

    /// <summary>Not valid before this instant (the console sets "now").</summary>
    public DateTimeOffset? NotBefore { get; init; }

    /// <summary>Not valid after this instant (the end date).</summary>
    public DateTimeOffset? NotAfter { get; init; }

    /// <summary>New objects expire after at most this long; must be positive.</summary>
    public TimeSpan? MaxObjectTtl { get; init; }

    /// <summary>A fixed caveat nonce (for tests); null picks 4 random bytes.</summary>
    public byte[]? Nonce { get; init; }

    /// <summary>
    /// Also set the legacy <c>disallow_locks</c> (field 5). uplink's <c>share</c>/<c>access restrict</c> set it;
    /// the console does not, so the default is false.
    /// </summary>
    public bool DisallowLocks { get; init; }
}
