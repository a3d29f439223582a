namespace StorjTui.Core.Access;

/// <summary>
/// What a successful creation returns. S3 credentials fill the key pair and endpoint; the Access Grant
/// type fills <see cref="AccessGrant"/>; the API Key type fills <see cref="ApiKey"/> and
/// <see cref="SatelliteAddress"/>. All secret-bearing strings here must never be logged.
/// </summary>
public sealed record CreatedAccess
{
    public required AccessType Type { get; init; }
    public required string Name { get; init; }
    public required DateTimeOffset CreatedAt { get; init; }
    public required Permissions Permissions { get; init; }
    public required IReadOnlyList<string> Buckets { get; init; }
    public DateTimeOffset? NotAfter { get; init; }
    public string? AccessKeyId { get; init; }
    public string? SecretKey { get; init; }
    public string? Endpoint { get; init; }

    /// <summary>
    /// Set when <see cref="Endpoint"/> is null for S3 credentials: why, in words to show in its place (e.g. the
    /// sandbox has no S3 gateway configured, so the keys work only against the sandbox).
    /// </summary>
    public string? EndpointNotice { get; init; }

    /// <summary>
    /// True for S3 credentials the back end returned without an endpoint: there is nothing to save, download or verify
    /// them against. The one place this is decided, for the result screen, Verify, Download and <c>create</c>.
    /// </summary>
    public bool LacksS3Endpoint => Type == AccessType.S3Credentials && string.IsNullOrEmpty(Endpoint);

    /// <summary>
    /// When <see cref="LacksS3Endpoint"/>: why, in the back end's words (<see cref="EndpointNotice"/>), or a plain
    /// statement when it gave none; otherwise null.
    /// </summary>
    public string? MissingEndpointText => LacksS3Endpoint ? EndpointNotice ?? "No S3 endpoint was returned for these credentials." : null;
    public string? AccessGrant { get; init; }
    public string? ApiKey { get; init; }
    public string? SatelliteAddress { get; init; }

    /// <summary>
    /// The pending-creation record that stays until the credentials are delivered (see
    /// <see cref="IStorjConnection.CompleteCreation"/>); null when the back end keeps none. Not a secret.
    /// </summary>
    public string? PendingCreationId { get; init; }

    /// <summary>Never print secrets by accident (records print every property by default).</summary>
    public override string ToString() => $"CreatedAccess {{ Type = {Type}, Name = {Name} }}";
}
