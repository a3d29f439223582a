using System.Text.Json.Serialization;

namespace StorjTui.Sandbox.Gateway.Storage;

/// <summary>A multipart upload under way (<c>upload.json</c> in its folder); the key is stored encrypted, as objects are.</summary>
internal sealed class MultipartUpload
{
    [JsonPropertyName("id")] public string Id { get; set; } = "";
    [JsonPropertyName("bucket")] public string Bucket { get; set; } = "";
    [JsonPropertyName("key")] public string StoredKey { get; set; } = "";
    [JsonPropertyName("initiated")] public DateTimeOffset Initiated { get; set; }
    [JsonPropertyName("contentType")] public string? ContentType { get; set; }
    [JsonPropertyName("metadata")] public Dictionary<string, string> Metadata { get; set; } = [];
}
