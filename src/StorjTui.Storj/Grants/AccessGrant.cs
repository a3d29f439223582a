using System.Security.Cryptography;
using System.Text;
using StorjTui.Core.Access;

namespace StorjTui.Storj.Grants;

/// <summary>
/// A Storj access grant: satellite address, API key and encryption access, serialized as base58check
/// (version 0) of the protobuf <c>Scope</c>. <see cref="Serialize"/> writes exactly what Storj writes.
/// </summary>
public sealed class AccessGrant
{
    /// <summary>Creates a grant from its parts.</summary>
    public AccessGrant(string satelliteAddress, ApiKey apiKey, EncryptionAccess encryptionAccess)
    {
        ArgumentException.ThrowIfNullOrEmpty(satelliteAddress);
        ArgumentNullException.ThrowIfNull(apiKey);
        ArgumentNullException.ThrowIfNull(encryptionAccess);
        SatelliteAddress = satelliteAddress;
        ApiKey = apiKey;
        EncryptionAccess = encryptionAccess;
    }

    /// <summary>The satellite node URL (<c>id@host:port</c>).</summary>
    public string SatelliteAddress { get; }

    /// <summary>The (possibly restricted) API key.</summary>
    public ApiKey ApiKey { get; }

    /// <summary>The keys and path cipher.</summary>
    public EncryptionAccess EncryptionAccess { get; }

    /// <summary>
    /// Parses serialized grant text (surrounding whitespace is ignored). Throws
    /// <see cref="InvalidAccessGrantException"/> saying what is wrong, never echoing the grant. The encryption
    /// access is kept as written; <see cref="EncryptionAccess.LimitTo"/> gives what Storj would use.
    /// </summary>
    public static AccessGrant Parse(string serialized)
    {
        ArgumentNullException.ThrowIfNull(serialized);
        byte[] data;
        byte version;
        try
        {
            data = Base58Check.Decode(serialized.Trim(), out version);
        }
        catch (InvalidBase58Exception e)
        {
            throw new InvalidAccessGrantException($"access grant is {e.Message}", e);
        }

        if (version != 0)
        {
            throw new InvalidAccessGrantException($"access grant has unsupported version {version}");
        }

        try
        {
            return Read(data);
        }
        catch (ProtoFormatException e)
        {
            throw new InvalidAccessGrantException($"access grant is malformed: {e.Message}", e);
        }
        catch (InvalidGrantDataException e) when (e is not InvalidAccessGrantException)
        {
            throw new InvalidAccessGrantException($"access grant has a malformed API key: {e.Message}", e);
        }
    }

    /// <summary>The base58check text of the grant.</summary>
    public string Serialize() => Base58Check.Encode(0, ToBytes());

    /// <summary>The protobuf <c>Scope</c> bytes.</summary>
    public byte[] ToBytes()
    {
        var writer = new ProtoWriter();
        writer.WriteBytes(1, Encoding.UTF8.GetBytes(SatelliteAddress));
        writer.WriteBytes(2, ApiKey.ToBytes());
        writer.WriteMessage(3, EncryptionAccess.ToBytes());
        return writer.ToArray();
    }

    /// <summary>
    /// Returns a grant restricted like uplink's <c>share</c> and the console's <c>SetPermission</c>: one caveat
    /// disallowing every permission not in <see cref="GrantRestrictions.Permissions"/> (the four basic ones, the
    /// seven Object Lock ones and the two bucket-notification ones), the time window, TTL,
    /// the allowed paths (prefixes encrypted with this grant's keys) and a 4-byte nonce; the encryption access
    /// is limited to those paths (no default key). Throws <see cref="InvalidRestrictionException"/> when the
    /// restrictions allow nothing, the window is empty, the TTL is not positive, or a bucket has no key.
    /// </summary>
    public AccessGrant Restrict(GrantRestrictions restrictions)
    {
        ArgumentNullException.ThrowIfNull(restrictions);
        var caveat = BuildCaveat(restrictions);
        var apiKey = ApiKey.Restrict(caveat);
        return new AccessGrant(SatelliteAddress, apiKey, EncryptionAccess.LimitTo(apiKey));
    }

    /// <summary>The caveat <see cref="Restrict"/> adds (exposed so callers can show or test it).</summary>
    public Caveat BuildCaveat(GrantRestrictions restrictions)
    {
        ArgumentNullException.ThrowIfNull(restrictions);
        var allowed = restrictions.Permissions;
        if (allowed == Permissions.None && restrictions.NotBefore is null && restrictions.NotAfter is null && restrictions.MaxObjectTtl is null)
        {
            throw new InvalidRestrictionException("the restrictions allow nothing: choose at least one permission");
        }

        if (restrictions.NotBefore is { } from && restrictions.NotAfter is { } until && until < from)
        {
            throw new InvalidRestrictionException("the end time is before the start time");
        }

        if (restrictions.MaxObjectTtl is { } ttl && ttl <= TimeSpan.Zero)
        {
            throw new InvalidRestrictionException("the maximum object TTL must be positive");
        }

        // Storj holds the TTL as int64 nanoseconds (about 292 years).
        if (restrictions.MaxObjectTtl is { } longTtl && longTtl.Ticks > long.MaxValue / 100)
        {
            throw new InvalidRestrictionException("the maximum object TTL is too long (at most about 292 years)");
        }

        var paths = new List<CaveatPath>();
        foreach (var prefix in restrictions.Prefixes)
        {
            // Trim one trailing '/', else "a/" would encrypt as enc("a")/enc("").
            var plain = prefix.Prefix.EndsWith('/') ? prefix.Prefix[..^1] : prefix.Prefix;
            var bucket = Encoding.UTF8.GetBytes(prefix.Bucket);
            paths.Add(new CaveatPath(bucket, EncryptionAccess.EncryptPath(bucket, Encoding.UTF8.GetBytes(plain))));
        }

        return new Caveat
        {
            DisallowReads = !allowed.HasFlag(Permissions.Read),
            DisallowWrites = !allowed.HasFlag(Permissions.Write),
            DisallowLists = !allowed.HasFlag(Permissions.List),
            DisallowDeletes = !allowed.HasFlag(Permissions.Delete),
            DisallowLocks = restrictions.DisallowLocks,
            DisallowPutRetention = !allowed.HasFlag(Permissions.PutObjectRetention),
            DisallowGetRetention = !allowed.HasFlag(Permissions.GetObjectRetention),
            DisallowPutLegalHold = !allowed.HasFlag(Permissions.PutObjectLegalHold),
            DisallowGetLegalHold = !allowed.HasFlag(Permissions.GetObjectLegalHold),
            DisallowBypassGovernanceRetention = !allowed.HasFlag(Permissions.BypassGovernanceRetention),
            DisallowPutBucketObjectLockConfiguration = !allowed.HasFlag(Permissions.PutObjectLockConfiguration),
            DisallowGetBucketObjectLockConfiguration = !allowed.HasFlag(Permissions.GetObjectLockConfiguration),
            DisallowPutBucketNotificationConfiguration = !allowed.HasFlag(Permissions.PutBucketNotificationConfiguration),
            DisallowGetBucketNotificationConfiguration = !allowed.HasFlag(Permissions.GetBucketNotificationConfiguration),
            AllowedPaths = paths,
            NotBefore = restrictions.NotBefore,
            NotAfter = restrictions.NotAfter,
            MaxObjectTtl = restrictions.MaxObjectTtl,
            Nonce = restrictions.Nonce ?? RandomNumberGenerator.GetBytes(4),
        };
    }

    /// <summary>Never shows the grant: it is a secret.</summary>
    public override string ToString() => $"AccessGrant({SatelliteAddress})";

    private static AccessGrant Read(ReadOnlySpan<byte> data)
    {
        string? satellite = null;
        byte[]? apiKey = null;
        EncryptionAccess? encryption = null;
        var reader = new ProtoReader(data);
        while (reader.Next())
        {
            switch (reader.Field)
            {
                case 1:
                    satellite = DecodeAddress(reader.ReadBytes());
                    break;
                case 2:
                    apiKey = reader.ReadBytes().ToArray();
                    break;
                case 3:
                    encryption = EncryptionAccess.Read(reader.ReadBytes(), encryption);
                    break;
                default:
                    reader.Skip();
                    break;
            }
        }

        if (string.IsNullOrEmpty(satellite))
        {
            throw new InvalidAccessGrantException("access grant is missing the satellite address");
        }

        // Storj reads a missing API key as empty bytes, which then fail to parse as a macaroon.
        var key = ApiKey.FromBytes(apiKey ?? []);
        return new AccessGrant(satellite, key, encryption ?? EncryptionAccess.Read([], null));
    }

    private static string DecodeAddress(ReadOnlySpan<byte> bytes)
    {
        try
        {
            return new UTF8Encoding(false, true).GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            throw new InvalidAccessGrantException("access grant has a satellite address that is not UTF-8", e);
        }
    }
}
