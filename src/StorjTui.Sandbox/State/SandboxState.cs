using System.Security.Cryptography;
using System.Text.Json;
using StorjTui.Core.Bundles;
using StorjTui.Core.Input;
using StorjTui.Storj.Grants;

namespace StorjTui.Sandbox.State;

/// <summary>
/// The sandbox satellite's data — one demo user, two projects (the second with a satellite-managed passphrase), their
/// buckets and salts, the API keys issued, and the macaroon root secret they are signed with — saved to
/// <c>state.json</c> (0600) after every change.
/// </summary>
internal sealed class SandboxState
{
    private readonly string file;
    private readonly Lock gate = new();
    private readonly StateWire data;

    private SandboxState(string file, StateWire data)
    {
        this.file = file;
        this.data = data;
        RootSecret = Convert.FromBase64String(data.RootSecret);
    }

    public static SandboxState LoadOrCreate(string folder, DateTimeOffset now)
    {
        var file = Path.Combine(folder, "state.json");
        if (File.Exists(file))
        {
            var existing = JsonSerializer.Deserialize(ReadState(file), SandboxJsonContext.Default.StateWire)
                ?? throw new InvalidDataException($"{file} is empty; reset the sandbox.");
            return new SandboxState(file, existing);
        }
        var state = new SandboxState(file, Fresh(now));
        state.Save();
        return state;
    }

    /// <summary>The state file's text, bounded: a huge file is refused with its name instead of filling memory.</summary>
    internal static string ReadState(string file)
    {
        try
        {
            return BoundedReader.ReadFileText(file, BoundedReader.SandboxStateBytes, $"The sandbox state file {file}");
        }
        catch (InputTooLargeException e)
        {
            throw new InvalidDataException($"{e.Message}; reset the sandbox (--sandbox-reset).", e);
        }
    }

    public byte[] RootSecret { get; }

    public string NodeId => data.NodeId;

    public string RestKey => data.RestKey;

    public string UserId => data.UserId;

    public IReadOnlyList<ProjectStateWire> Projects => data.Projects;

    public ProjectStateWire? FindProject(string id) =>
        data.Projects.FirstOrDefault(p => string.Equals(p.Id, id, StringComparison.OrdinalIgnoreCase) || string.Equals(p.InternalId, id, StringComparison.OrdinalIgnoreCase));

    public List<ApiKeyStateWire> KeysOf(ProjectStateWire project)
    {
        lock (gate)
        {
            return data.ApiKeys.Where(k => k.ProjectId == project.Id).ToList();
        }
    }

    /// <summary>Creates a key (a real macaroon signed with the root secret), or null when the name is taken in the project.</summary>
    public (ApiKeyStateWire Info, string Key)? CreateApiKey(ProjectStateWire project, string name, DateTimeOffset now, int version = 5)
    {
        lock (gate)
        {
            if (data.ApiKeys.Any(k => k.ProjectId == project.Id && k.Name == name))
            {
                return null;
            }
            var head = RandomNumberGenerator.GetBytes(32);
            var key = ApiKey.FromMacaroon(Macaroon.NewUnrestricted(head, RootSecret)).Serialize();
            var info = new ApiKeyStateWire
            {
                Id = Guid.NewGuid().ToString(),
                ProjectId = project.Id,
                Name = name,
                CreatedAt = now,
                Head = Convert.ToBase64String(head),
                Version = version,
            };
            data.ApiKeys.Add(info);
            Save();
            return (info, key);
        }
    }

    /// <summary>All or nothing, like the console: false (and nothing deleted) when an id is unknown.</summary>
    public bool DeleteApiKeys(IReadOnlyCollection<string> ids)
    {
        lock (gate)
        {
            if (!ids.All(id => data.ApiKeys.Any(k => string.Equals(k.Id, id, StringComparison.OrdinalIgnoreCase))))
            {
                return false;
            }
            data.ApiKeys.RemoveAll(k => ids.Contains(k.Id, StringComparer.OrdinalIgnoreCase));
            Save();
            return true;
        }
    }

    public bool DeleteApiKey(ProjectStateWire project, string name)
    {
        lock (gate)
        {
            var removed = data.ApiKeys.RemoveAll(k => k.ProjectId == project.Id && k.Name == name) > 0;
            if (removed)
            {
                Save();
            }
            return removed;
        }
    }

    /// <summary>True while a key with this macaroon head exists (deleting a key revokes it).</summary>
    public bool IsLiveHead(ReadOnlySpan<byte> head)
    {
        var text = Convert.ToBase64String(head);
        lock (gate)
        {
            return data.ApiKeys.Any(k => k.Head == text);
        }
    }

    /// <summary>The project whose live API key has this macaroon head, or null when the key was deleted.</summary>
    public ProjectStateWire? ProjectOfHead(ReadOnlySpan<byte> head)
    {
        var text = Convert.ToBase64String(head);
        lock (gate)
        {
            var key = data.ApiKeys.FirstOrDefault(k => k.Head == text);
            return key is null ? null : data.Projects.FirstOrDefault(p => p.Id == key.ProjectId);
        }
    }

    /// <summary>A copy of the project's bucket names (the console's list and the S3 gateway's are one).</summary>
    public IReadOnlyList<string> BucketsOf(ProjectStateWire project)
    {
        lock (gate)
        {
            return project.Buckets.ToList();
        }
    }

    /// <summary>Adds a bucket; false when the project already has it.</summary>
    public bool AddBucket(ProjectStateWire project, string bucket)
    {
        lock (gate)
        {
            if (project.Buckets.Contains(bucket))
            {
                return false;
            }
            project.Buckets.Add(bucket);
            Save();
            return true;
        }
    }

    public bool RemoveBucket(ProjectStateWire project, string bucket)
    {
        lock (gate)
        {
            var removed = project.Buckets.Remove(bucket);
            if (removed)
            {
                Save();
            }
            return removed;
        }
    }

    private void Save() => PrivateFiles.Replace(file, JsonSerializer.Serialize(data, SandboxJsonContext.Default.StateWire));

    private static StateWire Fresh(DateTimeOffset now) => new()
    {
        NodeId = Base58Check.Encode(0, RandomNumberGenerator.GetBytes(32)),
        RootSecret = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
        RestKey = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(20)),
        UserId = Guid.NewGuid().ToString(),
        Projects =
        [
            new ProjectStateWire
            {
                Id = Guid.NewGuid().ToString(),
                InternalId = Guid.NewGuid().ToString(),
                Name = "Demo project",
                CreatedAt = now,
                Salt = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
                Buckets = ["backups", "demo-bucket", "photos"],
            },
            new ProjectStateWire
            {
                Id = Guid.NewGuid().ToString(),
                InternalId = Guid.NewGuid().ToString(),
                Name = "Managed project",
                CreatedAt = now,
                Salt = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
                ManagedPassphrase = Convert.ToBase64String(RandomNumberGenerator.GetBytes(24)),
                Buckets = ["archive"],
            },
        ],
    };
}
