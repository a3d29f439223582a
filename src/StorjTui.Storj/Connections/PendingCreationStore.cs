using System.Text.Json;
using StorjTui.Core.Access;
using StorjTui.Core.Bundles;
using StorjTui.Core.Input;
using StorjTui.Storj.Files;

namespace StorjTui.Storj.Connections;

/// <summary>
/// The folder of creations in progress (<c>$XDG_STATE_HOME/storj-tui/pending/</c>; folder 0700, files 0600): a record
/// is written before an API key is created and removed when the credentials are delivered, so a key whose creation
/// was cut off (SSH dropped) is found and reconciled on the next start instead of lingering as an orphan. Each record
/// names its owner process, so a creation another process is still running is not taken for a leftover.
/// </summary>
public sealed class PendingCreationStore
{
    public PendingCreationStore(string folder)
    {
        ArgumentException.ThrowIfNullOrEmpty(folder);
        Folder = folder;
    }

    /// <summary><c>$XDG_STATE_HOME/storj-tui/pending</c>.</summary>
    public static string DefaultFolder() => Path.Combine(XdgFolders.OfThisProcess().StateHome, "storj-tui", "pending");

    public string Folder { get; }

    public PendingCreationRecord Add(string backend, string projectId, string projectName, string name, AccessType type, DateTimeOffset startedAt)
    {
        var owner = PendingCreationOwner.Current;
        var record = new PendingCreationRecord(Guid.NewGuid().ToString("N"), backend, projectId, projectName, name, type, startedAt, owner);
        var wire = new PendingCreationWire
        {
            Id = record.Id,
            Backend = backend,
            ProjectId = projectId,
            ProjectName = projectName,
            Name = name,
            Type = type.ToString(),
            StartedAt = startedAt,
            OwnerPid = owner.ProcessId,
            OwnerStart = owner.StartTime,
        };
        PrivateFiles.Replace(PathOf(record.Id), JsonSerializer.Serialize(wire, PendingCreationJsonContext.Default.PendingCreationWire));
        return record;
    }

    /// <summary>The records of one back end, oldest first. Unreadable files are skipped.</summary>
    public IReadOnlyList<PendingCreationRecord> List(string backend)
    {
        if (!Directory.Exists(Folder))
        {
            return [];
        }
        var records = new List<PendingCreationRecord>();
        foreach (var file in Directory.EnumerateFiles(Folder, "*.json"))
        {
            var record = Read(file);
            if (record is not null && record.Backend == backend)
            {
                records.Add(record);
            }
        }
        return records.OrderBy(r => r.StartedAt).ToList();
    }

    public PendingCreationRecord? Find(string id) => File.Exists(PathOf(id)) ? Read(PathOf(id)) : null;

    public void Remove(string id)
    {
        var path = PathOf(id);
        if (File.Exists(path))
        {
            File.Delete(path);
        }
    }

    private string PathOf(string id)
    {
        if (id.Length == 0 || !id.All(char.IsAsciiLetterOrDigit))
        {
            throw new ArgumentException("Not a pending-creation id.", nameof(id));
        }
        return Path.Combine(Folder, id + ".json");
    }

    private static PendingCreationRecord? Read(string file)
    {
        try
        {
            var text = BoundedReader.ReadFileText(file, BoundedReader.AppRecordBytes, $"The pending creation record {file}");
            var wire = JsonSerializer.Deserialize(text, PendingCreationJsonContext.Default.PendingCreationWire);
            if (wire is null || wire.Id.Length == 0 || !Enum.TryParse<AccessType>(wire.Type, out var type))
            {
                return null;
            }
            var owner = wire.OwnerPid > 0 ? new PendingCreationOwner(wire.OwnerPid, wire.OwnerStart) : null;
            return new PendingCreationRecord(wire.Id, wire.Backend, wire.ProjectId, wire.ProjectName, wire.Name, type, wire.StartedAt, owner);
        }
        catch (Exception e) when (e is JsonException or IOException or UnauthorizedAccessException or InputTooLargeException)
        {
            return null;
        }
    }
}
