using System.Text;
using StorjTui.Core.Access;
using StorjTui.Storj.Auth;
using StorjTui.Storj.Grants;

namespace StorjTui.Storj.Connections;

/// <summary>
/// An existing access grant, no log-in: creating an access restricts the grant offline and (for S3 credentials)
/// registers it with the auth service. The "current passphrase" is the grant's own key; a new passphrase would
/// need the project salt, which only the satellite has, so <see cref="CanUseNewPassphrase"/> is false. There is
/// one pseudo-project named after the satellite; listing and deleting accesses need the console.
/// </summary>
public sealed class GrantConnection : IStorjConnection
{
    private readonly AccessGrant grant;
    private readonly GrantConnectionOptions options;
    private readonly Project project;

    private GrantConnection(AccessGrant grant, GrantConnectionOptions options)
    {
        this.grant = grant;
        this.options = options;
        var host = SatelliteHost(grant.SatelliteAddress);
        project = new Project(grant.SatelliteAddress, host, DateTimeOffset.UnixEpoch, HasManagedPassphrase: false);
        Description = $"Access grant for {host}";
    }

    /// <summary>Parses the grant; a bad one throws <see cref="GrantSourceException"/> with the parser's reason.</summary>
    public static GrantConnection Open(string serializedGrant, GrantConnectionOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(serializedGrant);
        try
        {
            return new GrantConnection(AccessGrant.Parse(serializedGrant.Trim()), options ?? new GrantConnectionOptions());
        }
        catch (InvalidGrantDataException e)
        {
            throw new GrantSourceException($"That is not a usable access grant: {e.Message}", e);
        }
    }

    public string Description { get; }

    public bool CanUseNewPassphrase => false;

    /// <summary>The grant's satellite address (what API Key results show).</summary>
    public string SatelliteAddress => grant.SatelliteAddress;

    public Task<IReadOnlyList<Project>> ListProjectsAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<Project>>([project]);

    public Task OpenProjectAsync(Project project, byte[]? passphrase, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Only what the grant itself names (the buckets it is restricted to); an unrestricted grant names none.</summary>
    public Task<IReadOnlyList<string>> ListBucketNamesAsync(Project project, CancellationToken cancellationToken)
    {
        var buckets = grant.ApiKey.Caveats
            .SelectMany(c => c.AllowedPaths)
            .Select(p => Encoding.UTF8.GetString(p.Bucket))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();
        return Task.FromResult<IReadOnlyList<string>>(buckets);
    }

    public Task<IReadOnlyList<AccessSummary>> ListAccessesAsync(Project project, CancellationToken cancellationToken) =>
        throw new NotSupportedByGrantException("An access grant alone cannot list accesses: log in to the satellite console to see them.");

    public Task DeleteAccessAsync(Project project, string name, CancellationToken cancellationToken) =>
        throw new NotSupportedByGrantException("An access grant alone cannot delete accesses: log in to the satellite console to delete one.");

    public async Task<CreatedAccess> CreateAccessAsync(Project project, AccessRequest request, IProgress<CreationStep>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        AccessRequestCheck.ThrowIfInvalid(request);
        if (request.PassphraseChoice != PassphraseChoice.UseCurrent && request.Type != AccessType.ApiKey)
        {
            throw new InvalidAccessRequestException(
                "A new passphrase needs the project salt, which only a satellite log-in provides. With an access grant, use its current passphrase.");
        }
        var now = options.Time.GetUtcNow();
        AccessGrant restricted;
        try
        {
            restricted = AccessBuilder.RestrictGrant(grant, request, now);
        }
        catch (InvalidGrantDataException e)
        {
            throw new InvalidAccessRequestException($"Could not restrict the access grant: {e.Message}", e);
        }
        var result = new CreatedAccess
        {
            Type = request.Type,
            Name = request.Name,
            CreatedAt = now,
            Permissions = request.Permissions,
            Buckets = request.Buckets,
            NotAfter = request.NotAfter,
        };
        switch (request.Type)
        {
            case AccessType.ApiKey:
                result = result with { ApiKey = restricted.ApiKey.Serialize(), SatelliteAddress = grant.SatelliteAddress };
                break;
            case AccessType.AccessGrant:
                result = result with { AccessGrant = restricted.Serialize(), SatelliteAddress = grant.SatelliteAddress };
                break;
            default:
                progress?.Report(CreationStep.Registering);
                using (var auth = new AuthServiceClient(options.AuthServiceUrl, options.Http))
                {
                    var credentials = await auth.RegisterAsync(restricted.Serialize(), cancellationToken);
                    result = result with
                    {
                        AccessKeyId = credentials.AccessKeyId,
                        SecretKey = credentials.SecretKey,
                        Endpoint = credentials.Endpoint,
                        EndpointNotice = credentials.Endpoint is null ? options.MissingEndpointNotice : null,
                    };
                }
                break;
        }
        progress?.Report(CreationStep.Done);
        return result;
    }

    /// <summary>Nothing is ever pending: no API key is created on the satellite.</summary>
    public Task<IReadOnlyList<PendingCreation>> GetPendingCreationsAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<PendingCreation>>([]);

    public Task<CreatedAccess> ResumeCreationAsync(PendingCreation pending, AccessRequest request, IProgress<CreationStep>? progress, CancellationToken cancellationToken) =>
        throw new NotSupportedByGrantException("Nothing is pending with an access grant: create the access again.");

    public Task AbandonCreationAsync(PendingCreation pending, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Nothing to forget: no record is kept with an access grant.</summary>
    public void CompleteCreation(CreatedAccess created)
    {
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    public override string ToString() => $"GrantConnection {{ {Description} }}";

    private static string SatelliteHost(string address)
    {
        var at = address.LastIndexOf('@');
        var hostPort = at >= 0 ? address[(at + 1)..] : address;
        var colon = hostPort.LastIndexOf(':');
        return colon > 0 ? hostPort[..colon] : hostPort;
    }
}
