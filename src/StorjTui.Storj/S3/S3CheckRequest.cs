using StorjTui.Core.Access;

namespace StorjTui.Storj.S3;

/// <summary>
/// What a credentials check needs: the key pair, the endpoint it is for, and what the access allows
/// (the check lists only what the access may list). <see cref="Buckets"/> empty means all buckets.
/// </summary>
public sealed record S3CheckRequest(
    string AccessKeyId,
    string SecretKey,
    string Endpoint,
    Permissions Permissions,
    IReadOnlyList<string> Buckets)
{
    /// <summary>Upper bound for the whole check, all calls included.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Builds the request for credentials the app just created.</summary>
    public static S3CheckRequest From(CreatedAccess access)
    {
        ArgumentNullException.ThrowIfNull(access);
        if (access.AccessKeyId is null || access.SecretKey is null || access.Endpoint is null)
        {
            throw new ArgumentException("The access has no S3 credentials (access key, secret key and endpoint).", nameof(access));
        }

        return new S3CheckRequest(access.AccessKeyId, access.SecretKey, access.Endpoint, access.Permissions, access.Buckets);
    }

    /// <summary>Never print the secret key (records print every property by default).</summary>
    public override string ToString() => $"S3CheckRequest {{ AccessKeyId = {AccessKeyId}, Endpoint = {Endpoint} }}";
}
