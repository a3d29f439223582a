using StorjTui.Core.Access;
using StorjTui.Storj.Auth;
using StorjTui.Storj.Console;
using StorjTui.Storj.Http;

namespace StorjTui.Storj.Connections;

/// <summary>
/// The real thing: a logged-in satellite console session. Creating an access follows the console
/// (STORJ.md §4): create an API key, restrict it, derive the root key from the passphrase and the project
/// salt, build the grant with the satellite node URL, register it with the auth service. A pending record
/// is written before the key exists and removed once the credentials are delivered (<see cref="CompleteCreation"/>).
/// </summary>
public sealed class SatelliteConnection : IStorjConnection
{
    private readonly ConsoleClient console;
    private readonly ConsoleConfig config;
    private readonly SatelliteConnectionOptions options;
    private readonly PendingCreationStore store;
    private readonly Dictionary<string, ConsoleProject> projects = [];
    private readonly Dictionary<string, OpenedProject> opened = [];
    private readonly Dictionary<string, CreatedApiKey> heldKeys = [];

    private SatelliteConnection(ConsoleClient console, ConsoleConfig config, SatelliteConnectionOptions options, string description)
    {
        this.console = console;
        this.config = config;
        this.options = options;
        Description = description;
        store = new PendingCreationStore(options.PendingFolder);
    }

    public string Description { get; }

    public bool CanUseNewPassphrase => true;

    /// <summary>The console client (session token for saving, config).</summary>
    public ConsoleClient Console => console;

    /// <summary>The satellite node URL grants are built with.</summary>
    public string NodeUrl => options.NodeUrl ?? config.SatelliteNodeUrl;

    /// <summary>The satellite's own switches, from its config.</summary>
    public SatelliteFeatures Features => config.Features;

    /// <summary>Config first (CSRF), then e-mail + password (+ MFA code). See <see cref="ConsoleClient.LogInAsync"/> for the exceptions.</summary>
    public static Task<SatelliteConnection> LogInAsync(SatelliteConnectionOptions options, string email, string password, string? mfaPasscode, string? mfaRecoveryCode, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        return OpenAsync(options, email, (client, ct) => client.LogInAsync(email, password, mfaPasscode, mfaRecoveryCode, ct), cancellationToken);
    }

    /// <summary>Logs in with a console REST key (the way around a captcha).</summary>
    public static Task<SatelliteConnection> LogInWithRestKeyAsync(SatelliteConnectionOptions options, string restKey, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        return OpenAsync(options, null, (client, ct) => client.LogInWithRestKeyAsync(restKey, ct), cancellationToken);
    }

    /// <summary>Reuses a saved session token; a stale one fails with <see cref="SessionExpiredException"/> on first use.</summary>
    public static Task<SatelliteConnection> FromSessionAsync(SatelliteConnectionOptions options, string sessionToken, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        return OpenAsync(options, null, (client, _) =>
        {
            client.UseSessionToken(sessionToken);
            return Task.CompletedTask;
        }, cancellationToken);
    }

    private static async Task<SatelliteConnection> OpenAsync(SatelliteConnectionOptions options, string? account, Func<ConsoleClient, CancellationToken, Task> logIn, CancellationToken cancellationToken)
    {
        var client = new ConsoleClient(options.ConsoleUrl, options.Http);
        try
        {
            var config = await client.GetConfigAsync(cancellationToken);
            await logIn(client, cancellationToken);
            var description = options.Description ?? (account is null ? client.ConsoleUrl.Host : $"{client.ConsoleUrl.Host} as {account.Trim()}");
            return new SatelliteConnection(client, config, options, description);
        }
        catch
        {
            client.Dispose();
            throw;
        }
    }

    public async Task<IReadOnlyList<Project>> ListProjectsAsync(CancellationToken cancellationToken)
    {
        var list = await console.ListProjectsAsync(cancellationToken);
        lock (projects)
        {
            projects.Clear();
            foreach (var project in list)
            {
                projects[project.Id] = project;
            }
        }
        return list.Select(p => new Project(p.Id, p.Name, p.CreatedAt, p.HasManagedPassphrase)).ToList();
    }

    public async Task OpenProjectAsync(Project project, byte[]? passphrase, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(project);
        var projectConfig = await console.GetProjectConfigAsync(project.Id, cancellationToken);
        var copy = projectConfig.HasManagedPassphrase || passphrase is null || passphrase.Length == 0 ? null : (byte[])passphrase.Clone();
        lock (opened)
        {
            if (opened.Remove(project.Id, out var previous))
            {
                previous.Dispose();
            }
            opened[project.Id] = new OpenedProject(projectConfig, copy);
        }
    }

    public Task<IReadOnlyList<string>> ListBucketNamesAsync(Project project, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(project);
        return console.ListBucketNamesAsync(project.Id, cancellationToken);
    }

    public async Task<IReadOnlyList<AccessSummary>> ListAccessesAsync(Project project, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(project);
        var keys = await console.ListAllApiKeysAsync(project.Id, cancellationToken);
        return keys
            .Where(k => config.ObjectBrowserKeyNamePrefix.Length == 0 || !k.Name.StartsWith(config.ObjectBrowserKeyNamePrefix, StringComparison.Ordinal))
            .Select(k => new AccessSummary(k.Id, k.Name, k.CreatedAt))
            .ToList();
    }

    public async Task DeleteAccessAsync(Project project, string name, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(project);
        var keys = await console.ListAllApiKeysAsync(project.Id, cancellationToken);
        var ids = keys.Where(k => k.Name == name).Select(k => k.Id).ToList();
        if (ids.Count == 0)
        {
            throw new StorjConnectionException($"The project has no access named '{name}'. Refresh the list.");
        }
        try
        {
            await console.DeleteApiKeysByIdsAsync(ids, cancellationToken);
        }
        catch (Exception e) when (IsLostAnswer(e))
        {
            // The delete may have happened and only its answer was lost: look before calling it a failure.
            if (!await AreGoneAsync(project.Id, ids, cancellationToken))
            {
                throw;
            }
        }
    }

    private async Task<bool> AreGoneAsync(string projectId, List<string> ids, CancellationToken cancellationToken)
    {
        try
        {
            var left = await console.ListAllApiKeysAsync(projectId, cancellationToken);
            return !left.Any(k => ids.Contains(k.Id));
        }
        catch (StorjConnectionException)
        {
            return false; // cannot tell: report the original failure
        }
    }

    public async Task<CreatedAccess> CreateAccessAsync(Project project, AccessRequest request, IProgress<CreationStep>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(project);
        ArgumentNullException.ThrowIfNull(request);
        AccessRequestCheck.ThrowIfInvalid(request);
        var secrets = ResolveSecrets(project, request);
        try
        {
            var names = await console.ListApiKeyNamesAsync(project.Id, cancellationToken);
            if (names.Contains(request.Name, StringComparer.Ordinal))
            {
                throw new AccessNameTakenException($"This name is already in use: the project already has an access named '{request.Name}'. Choose another name.");
            }
            var record = store.Add(Backend, project.Id, project.Name, request.Name, request.Type, options.Time.GetUtcNow());
            progress?.Report(CreationStep.CreatingKey);
            var key = await CreateKeyOnceAsync(project, record, cancellationToken);
            lock (heldKeys)
            {
                heldKeys[record.Id] = key;
            }
            var created = await FinishAsync(record, key, request, secrets, progress, cancellationToken);
            KeepProjectPassphrase(project.Id, request);
            return created;
        }
        finally
        {
            secrets.Dispose();
        }
    }

    public Task<IReadOnlyList<PendingCreation>> GetPendingCreationsAsync(CancellationToken cancellationToken)
    {
        var list = store.List(Backend).Select(ToPending).ToList();
        return Task.FromResult<IReadOnlyList<PendingCreation>>(list);
    }

    public async Task<CreatedAccess> ResumeCreationAsync(PendingCreation pending, AccessRequest request, IProgress<CreationStep>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(pending);
        ArgumentNullException.ThrowIfNull(request);
        var record = store.Find(pending.Id) ?? throw new StorjConnectionException("That creation is no longer pending (it finished or was cleaned up).");
        ThrowIfRunningElsewhere(record);
        if (request.Name != record.Name || request.Type != record.Type)
        {
            throw new ArgumentException("Resume with the same name and type as the pending creation.", nameof(request));
        }
        var project = await FindProjectAsync(record.ProjectId, cancellationToken);
        CreatedApiKey? key;
        lock (heldKeys)
        {
            heldKeys.TryGetValue(record.Id, out key);
        }
        if (key is null)
        {
            // The key's secret died with the earlier session: remove the leftover key, then start over under the same name.
            await DeleteLeftoverKeyAsync(record, knownId: null, cancellationToken);
            store.Remove(record.Id);
            return await CreateAccessAsync(project, request, progress, cancellationToken);
        }
        var secrets = ResolveSecrets(project, request);
        try
        {
            var created = await FinishAsync(record, key, request, secrets, progress, cancellationToken);
            KeepProjectPassphrase(project.Id, request);
            return created;
        }
        finally
        {
            secrets.Dispose();
        }
    }

    public async Task AbandonCreationAsync(PendingCreation pending, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(pending);
        var record = store.Find(pending.Id);
        if (record is null)
        {
            return;
        }
        ThrowIfRunningElsewhere(record);
        CreatedApiKey? key;
        lock (heldKeys)
        {
            heldKeys.TryGetValue(record.Id, out key);
        }
        await DeleteLeftoverKeyAsync(record, key?.Info.Id, cancellationToken);
        store.Remove(record.Id);
        lock (heldKeys)
        {
            heldKeys.Remove(record.Id);
        }
    }

    public void CompleteCreation(CreatedAccess created)
    {
        ArgumentNullException.ThrowIfNull(created);
        if (created.PendingCreationId is { } id)
        {
            store.Remove(id);
        }
    }

    public ValueTask DisposeAsync()
    {
        lock (opened)
        {
            foreach (var project in opened.Values)
            {
                project.Dispose();
            }
            opened.Clear();
        }
        lock (heldKeys)
        {
            heldKeys.Clear();
        }
        console.Dispose();
        return ValueTask.CompletedTask;
    }

    public override string ToString() => $"SatelliteConnection {{ {Description} }}";

    // Records are matched by the satellite's node URL, not the console URL: the sandbox's port changes between runs.
    private string Backend => NodeUrl;

    private PendingCreation ToPending(PendingCreationRecord record)
    {
        bool held;
        lock (heldKeys)
        {
            held = heldKeys.ContainsKey(record.Id);
        }
        int? runningIn = record.Owner is { } owner && owner.IsAnotherLiveProcess() ? owner.ProcessId : null;
        return new PendingCreation(record.Id, record.ProjectId, record.ProjectName, record.Name, record.Type, record.StartedAt, held, runningIn);
    }

    /// <summary>A creation another live process is running is not a leftover: resuming or abandoning it would delete its key.</summary>
    private static void ThrowIfRunningElsewhere(PendingCreationRecord record)
    {
        if (record.Owner is { } owner && owner.IsAnotherLiveProcess())
        {
            throw new StorjConnectionException(
                $"The creation of '{record.Name}' is still running in process {owner.ProcessId}: let it finish (or stop that process) before resuming or abandoning it.");
        }
    }

    /// <summary>
    /// Sends the create call once. If the answer is lost (timeout, reset, 5xx) the key may exist without us holding
    /// its secret, so look it up and delete it rather than leave an orphan or send the create again.
    /// </summary>
    private async Task<CreatedApiKey> CreateKeyOnceAsync(Project project, PendingCreationRecord record, CancellationToken cancellationToken)
    {
        try
        {
            return await console.CreateApiKeyAsync(project.Id, record.Name, cancellationToken);
        }
        catch (Exception e) when (IsLostAnswer(e))
        {
            var failed = $"Creating the API key '{record.Name}' failed: {e.Message.TrimEnd()}";
            try
            {
                await DeleteLeftoverKeyAsync(record, knownId: null, CancellationToken.None);
                store.Remove(record.Id);
            }
            catch (StorjConnectionException)
            {
                // Could not check: keep the record, so the next start offers the clean-up.
                throw new ApiKeyNotCreatedException(
                    $"{failed} Whether the satellite made the key could not be checked either, so the creation is kept as unfinished: the next start offers to delete what it left behind.",
                    rolledBack: false, e);
            }
            throw new ApiKeyNotCreatedException($"{failed} Nothing was created (any key the satellite made was deleted), so it is safe to try again.", rolledBack: true, e);
        }
        catch (StorjConnectionException)
        {
            store.Remove(record.Id); // refused outright: nothing was created
            throw;
        }
    }

    private async Task<CreatedAccess> FinishAsync(PendingCreationRecord record, CreatedApiKey key, AccessRequest request, CreationSecrets secrets, IProgress<CreationStep>? progress, CancellationToken cancellationToken)
    {
        var step = "restricting the key";
        try
        {
            var now = options.Time.GetUtcNow();
            var result = new CreatedAccess
            {
                Type = request.Type,
                Name = request.Name,
                CreatedAt = key.Info.CreatedAt == default ? now : key.Info.CreatedAt,
                Permissions = request.Permissions,
                Buckets = request.Buckets,
                NotAfter = request.NotAfter,
                PendingCreationId = record.Id,
            };
            if (request.Type == AccessType.ApiKey)
            {
                result = result with { ApiKey = AccessBuilder.RestrictApiKey(key.Key, request, now), SatelliteAddress = NodeUrl };
            }
            else
            {
                step = "deriving the encryption key";
                progress?.Report(CreationStep.DerivingKey);
                var grant = await Task.Run(() => AccessBuilder.BuildGrant(key.Key, NodeUrl, secrets.Passphrase!, secrets.Salt!, secrets.EncryptPath, request, now), cancellationToken);
                if (request.Type == AccessType.AccessGrant)
                {
                    result = result with { AccessGrant = grant, SatelliteAddress = NodeUrl };
                }
                else
                {
                    step = "registering with the auth service";
                    progress?.Report(CreationStep.Registering);
                    ConsoleProject? project;
                    lock (projects)
                    {
                        project = projects.GetValueOrDefault(record.ProjectId);
                    }
                    // The project's own gateway wins over the auth service's; both are untrusted answers.
                    var overridden = S3AnswerRules.CheckEndpoint(project?.EdgeUrlOverrides?.GatewayEndpoint, options.Http.Insecure,
                        "edgeURLOverrides.gatewayEndpoint", "satellite console");
                    var authUrl = AuthServiceUrl.Choose(project?.EdgeUrlOverrides?.AuthService, config.GatewayCredentialsRequestUrl ?? options.AuthServiceFallback.AbsoluteUri);
                    using var auth = new AuthServiceClient(authUrl, options.Http);
                    var credentials = await auth.RegisterAsync(grant, cancellationToken);
                    var endpoint = overridden ?? credentials.Endpoint;
                    result = result with
                    {
                        AccessKeyId = credentials.AccessKeyId,
                        SecretKey = credentials.SecretKey,
                        Endpoint = endpoint,
                        EndpointNotice = endpoint is null ? options.MissingEndpointNotice : null,
                    };
                }
            }
            // The record stays until the caller has delivered the credentials (CompleteCreation): a run killed
            // before the bundle is in place must leave the key listed as unfinished, not orphaned.
            lock (heldKeys)
            {
                heldKeys.Remove(record.Id);
            }
            progress?.Report(CreationStep.Done);
            return result;
        }
        catch (UnsafeAnswerException e)
        {
            // Retrying would ask the same service again: delete the key now, as abandoning would.
            try
            {
                await AbandonCreationAsync(ToPending(record), CancellationToken.None);
            }
            catch (StorjConnectionException)
            {
                throw new IncompleteCreationException(
                    $"The API key for '{record.Name}' was created, but {step} failed: {e.Message} Deleting the key failed too, so the creation is kept as unfinished: abandon it to delete the key.",
                    ToPending(record), e);
            }
            throw new UnsafeAnswerException($"{e.Message} The API key '{record.Name}' made for it was deleted again, so nothing was created.", e.Field, rolledBack: true, e);
        }
        catch (Exception e) when (e is StorjConnectionException or Grants.InvalidGrantDataException)
        {
            throw new IncompleteCreationException(
                $"The API key for '{record.Name}' was created, but {step} failed: {e.Message} Retry to finish with the same key, or delete the key.",
                ToPending(record), e);
        }
    }

    /// <summary>The call may or may not have happened: no answer, a garbled one, or a 5xx/busy one.</summary>
    private static bool IsLostAnswer(Exception e) =>
        e is ServiceTimeoutException or ServiceUnreachableException or ServiceFailedException or ServiceBusyException or MalformedResponseException;

    /// <summary>Deletes the key a creation left behind: by id when known, else the key with that name created since the record was written.</summary>
    private async Task DeleteLeftoverKeyAsync(PendingCreationRecord record, string? knownId, CancellationToken cancellationToken)
    {
        var keys = await console.ListAllApiKeysAsync(record.ProjectId, cancellationToken);
        var since = record.StartedAt - TimeSpan.FromMinutes(5); // clock skew between here and the satellite
        var ids = keys.Where(k => knownId is null ? k.Name == record.Name && k.CreatedAt >= since : k.Id == knownId).Select(k => k.Id).ToList();
        if (ids.Count > 0)
        {
            await console.DeleteApiKeysByIdsAsync(ids, cancellationToken);
        }
    }

    private async Task<Project> FindProjectAsync(string projectId, CancellationToken cancellationToken)
    {
        var list = await ListProjectsAsync(cancellationToken);
        return list.FirstOrDefault(p => p.Id == projectId)
            ?? throw new StorjConnectionException("The project of that pending creation is not in this account any more.");
    }

    /// <summary>
    /// "Set my project passphrase": once the access exists, its passphrase is the open project's, for the next access's
    /// "use the current passphrase" (the console keeps it the same way after creating).
    /// </summary>
    private void KeepProjectPassphrase(string projectId, AccessRequest request)
    {
        if (!request.KeepAsProjectPassphrase || request.Passphrase is not { Length: > 0 } typed)
        {
            return;
        }
        lock (opened)
        {
            if (opened.TryGetValue(projectId, out var open) && !open.Config.HasManagedPassphrase)
            {
                if (open.Passphrase is { } previous)
                {
                    System.Security.Cryptography.CryptographicOperations.ZeroMemory(previous);
                }
                opened[projectId] = open with { Passphrase = (byte[])typed.Clone() };
            }
        }
    }

    private CreationSecrets ResolveSecrets(Project project, AccessRequest request)
    {
        if (request.Type == AccessType.ApiKey)
        {
            return CreationSecrets.None;
        }
        OpenedProject? open;
        lock (opened)
        {
            opened.TryGetValue(project.Id, out open);
        }
        return CreationSecrets.For(open ?? throw new InvalidOperationException("Open the project (OpenProjectAsync) before creating an access in it."), request);
    }
}
