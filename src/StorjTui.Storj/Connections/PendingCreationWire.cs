using System.Text.Json.Serialization;

namespace StorjTui.Storj.Connections;

internal sealed class PendingCreationWire
{
    [JsonPropertyName("id")] public string Id { get; set; } = "";
    [JsonPropertyName("backend")] public string Backend { get; set; } = "";
    [JsonPropertyName("projectId")] public string ProjectId { get; set; } = "";
    [JsonPropertyName("projectName")] public string ProjectName { get; set; } = "";
    [JsonPropertyName("name")] public string Name { get; set; } = "";
    [JsonPropertyName("type")] public string Type { get; set; } = "";
    [JsonPropertyName("startedAt")] public DateTimeOffset StartedAt { get; set; }
    [JsonPropertyName("ownerPid")] public int OwnerPid { get; set; }
    [JsonPropertyName("ownerStart")] public long OwnerStart { get; set; }
}

/// <summary>Source-generated JSON for pending-creation files.</summary>
[JsonSerializable(typeof(PendingCreationWire))]
[JsonSourceGenerationOptions(WriteIndented = true)]
internal sealed partial class PendingCreationJsonContext : JsonSerializerContext;
