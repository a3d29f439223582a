using System.Text.Json.Serialization;

namespace StorjTui.Sandbox.Gateway.Storage;

/// <summary>
/// What the gateway keeps about one object, written at the end of its file (after the body) so one rename makes body
/// and metadata visible together. <see cref="StoredKey"/> is the key as the grant encrypted it, never the plain key.
/// </summary>
internal sealed class ObjectRecord
{
    [JsonPropertyName("key")] public string StoredKey { get; set; } = "";
    [JsonPropertyName("size")] public long Size { get; set; }
    [JsonPropertyName("etag")] public string ETag { get; set; } = "";
    [JsonPropertyName("modified")] public DateTimeOffset LastModified { get; set; }
    [JsonPropertyName("contentType")] public string? ContentType { get; set; }
    [JsonPropertyName("metadata")] public Dictionary<string, string> Metadata { get; set; } = [];

    /// <summary>The file holding the body (bytes 0 to <see cref="Size"/>); not persisted: it is where the record was read.</summary>
    [JsonIgnore] public string File { get; set; } = "";
}
