using System.Text.Json.Serialization;

namespace StorjTui.Sandbox.State;

// The sandbox's own file format (state.json): the satellite's side of things. Persisted so API keys made in one run
// still verify in the next.

internal sealed class StateWire
{
    [JsonPropertyName("version")] public int Version { get; set; } = 1;
    [JsonPropertyName("nodeId")] public string NodeId { get; set; } = "";
    [JsonPropertyName("rootSecret")] public string RootSecret { get; set; } = "";
    [JsonPropertyName("restKey")] public string RestKey { get; set; } = "";
    [JsonPropertyName("userId")] public string UserId { get; set; } = "";
    [JsonPropertyName("projects")] public List<ProjectStateWire> Projects { get; set; } = [];
    [JsonPropertyName("apiKeys")] public List<ApiKeyStateWire> ApiKeys { get; set; } = [];
}

internal sealed class ProjectStateWire
{
    [JsonPropertyName("id")] public string Id { get; set; } = "";
    [JsonPropertyName("internalId")] public string InternalId { get; set; } = "";
    [JsonPropertyName("name")] public string Name { get; set; } = "";
    [JsonPropertyName("createdAt")] public DateTimeOffset CreatedAt { get; set; }
    [JsonPropertyName("salt")] public string Salt { get; set; } = "";
    [JsonPropertyName("managedPassphrase")] public string? ManagedPassphrase { get; set; }
    [JsonPropertyName("encryptPath")] public bool EncryptPath { get; set; } = true;
    [JsonPropertyName("buckets")] public List<string> Buckets { get; set; } = [];
}

internal sealed class ApiKeyStateWire
{
    [JsonPropertyName("id")] public string Id { get; set; } = "";
    [JsonPropertyName("projectId")] public string ProjectId { get; set; } = "";
    [JsonPropertyName("name")] public string Name { get; set; } = "";
    [JsonPropertyName("createdAt")] public DateTimeOffset CreatedAt { get; set; }
    [JsonPropertyName("head")] public string Head { get; set; } = "";

    /// <summary>The key's macaroon API key version as the console reports it; keys saved before it was kept said 1.</summary>
    [JsonPropertyName("version")] public int Version { get; set; } = 1;
}
