using StorjTui.Core.Access;

namespace StorjTui.Tests.Tui;

/// <summary>
/// A test-only back end (until the sandbox lands on main): a project with buckets and accesses, and
/// creation that records the request and returns recognisable values.
/// </summary>
internal sealed class FakeStorjConnection : IStorjConnection
{
    private readonly List<AccessSummary> _accesses =
    [
        new("id-1", "backup-job", new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero)),
        new("id-2", "ci-readonly", new DateTimeOffset(2026, 2, 3, 4, 5, 6, TimeSpan.Zero)),
    ];

    public List<Project> Projects { get; } = [new("p-1", "demo-project", new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero), false)];

    public List<string> Buckets { get; } = ["my-bucket", "photos", "backups", "logs"];

    public AccessRequest? LastRequest { get; private set; }

    /// <summary>Copy of the passphrase the request carried (the presenter clears the original).</summary>
    public string? LastPassphrase { get; private set; }

    public byte[]? OpenedWith { get; private set; }

    public List<string> Deleted { get; } = [];

    public string? FailCreateWith { get; set; }

    /// <summary>When set, opening a project fails with this message (as a satellite refusing it would).</summary>
    public string? FailOpenWith { get; set; }

    /// <summary>When set, listing the project's accesses fails with this message.</summary>
    public string? FailListWith { get; set; }

    /// <summary>The S3 endpoint the fake hands out (null: a back end without an S3 gateway).</summary>
    public string? Endpoint { get; set; } = "https://gateway.example.test";

    public string Description => "Fake back end";

    /// <summary>The serialized grant an Access Grant creation returns (set a real-length one to test wrapping).</summary>
    public string GrantValue { get; set; } = "1ExampleGrant" + new string('x', 120);

    /// <summary>False makes the fake behave like an existing access grant (no new passphrase without the project salt).</summary>
    public bool CanUseNewPassphrase { get; set; } = true;

    /// <summary>What the fake says in place of a missing endpoint (as a connection's MissingEndpointNotice).</summary>
    public string? EndpointNotice { get; set; }

    /// <summary>The unfinished creations the fake reports (all projects).</summary>
    public List<PendingCreation> Pending { get; } = [];

    /// <summary>How long listing and opening projects take (a busy machine deriving keys, a slow network).</summary>
    public TimeSpan Delay { get; set; }

    /// <summary>The satellite's Object Lock / bucket eventing switches (both on unless a test turns one off).</summary>
    public SatelliteFeatures Features { get; set; } = SatelliteFeatures.Default;

    public async Task<IReadOnlyList<Project>> ListProjectsAsync(CancellationToken cancellationToken)
    {
        await Task.Delay(Delay, cancellationToken).ConfigureAwait(false);
        return Projects;
    }

    public async Task OpenProjectAsync(Project project, byte[]? passphrase, CancellationToken cancellationToken)
    {
        OpenedWith = passphrase?.ToArray();
        await Task.Delay(Delay, cancellationToken).ConfigureAwait(false);
        if (FailOpenWith is { } message)
        {
            throw new StorjConnectionException(message);
        }
    }

    public Task<IReadOnlyList<string>> ListBucketNamesAsync(Project project, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<string>>(Buckets);

    /// <summary>When set, listing accesses fails with this message, as a grant connection's does.</summary>
    public string? FailListAccessesWith { get; set; }

    public Task<IReadOnlyList<AccessSummary>> ListAccessesAsync(Project project, CancellationToken cancellationToken) =>
        FailListWith is { } message
            ? Task.FromException<IReadOnlyList<AccessSummary>>(new StorjConnectionException(message))
            : FailListAccessesWith is { } grantMessage
                ? Task.FromException<IReadOnlyList<AccessSummary>>(new StorjTui.Storj.Connections.NotSupportedByGrantException(grantMessage))
                : Task.FromResult<IReadOnlyList<AccessSummary>>(_accesses.ToList());

    public Task DeleteAccessAsync(Project project, string name, CancellationToken cancellationToken)
    {
        Deleted.Add(name);
        _accesses.RemoveAll(a => a.Name == name);
        return Task.CompletedTask;
    }

    public Task<CreatedAccess> CreateAccessAsync(Project project, AccessRequest request, IProgress<CreationStep>? progress, CancellationToken cancellationToken)
    {
        LastRequest = request;
        LastPassphrase = request.Passphrase is null ? null : System.Text.Encoding.UTF8.GetString(request.Passphrase);
        progress?.Report(CreationStep.CreatingKey);
        progress?.Report(CreationStep.DerivingKey);
        progress?.Report(CreationStep.Registering);
        if (FailCreateWith is { } message)
        {
            FailCreateWith = null;
            throw new StorjConnectionException(message);
        }

        _accesses.Add(new AccessSummary("id-" + request.Name, request.Name, DateTimeOffset.UtcNow));
        return Task.FromResult(new CreatedAccess
        {
            Type = request.Type,
            Name = request.Name,
            CreatedAt = new DateTimeOffset(2026, 3, 4, 5, 6, 7, TimeSpan.Zero),
            Permissions = request.Permissions,
            Buckets = request.Buckets,
            NotAfter = request.NotAfter,
            AccessKeyId = request.Type == AccessType.S3Credentials ? "jwexampleaccesskeyid0000000a" : null,
            SecretKey = request.Type == AccessType.S3Credentials ? "jexamplesecretkey00000000000000000000000000000000000b" : null,
            Endpoint = request.Type == AccessType.S3Credentials ? Endpoint : null,
            EndpointNotice = request.Type == AccessType.S3Credentials && Endpoint is null ? EndpointNotice : null,
            AccessGrant = request.Type == AccessType.AccessGrant ? GrantValue : null,
            ApiKey = request.Type == AccessType.ApiKey ? "1ExampleApiKey" + new string('k', 40) : null,
            SatelliteAddress = request.Type == AccessType.ApiKey ? "sat@127.0.0.1:7777" : null,
        });
    }

    public Task<IReadOnlyList<PendingCreation>> GetPendingCreationsAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<PendingCreation>>(Pending.ToList());

    public Task<CreatedAccess> ResumeCreationAsync(PendingCreation pending, AccessRequest request, IProgress<CreationStep>? progress, CancellationToken cancellationToken) =>
        throw new StorjConnectionException("Nothing is pending in the fake back end.");

    public Task AbandonCreationAsync(PendingCreation pending, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>The accesses whose credentials the app reported as delivered.</summary>
    public List<string> Completed { get; } = [];

    public void CompleteCreation(CreatedAccess created) => Completed.Add(created.Name);

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
