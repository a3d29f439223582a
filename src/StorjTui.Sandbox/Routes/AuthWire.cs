using System.Text.Json.Serialization;

namespace StorjTui.Sandbox.Routes;

// storj/edge pkg/auth/httpauth/resources.go newAccess: request and response bodies of POST /v1/access.

internal sealed class AccessRequestWire
{
    [JsonPropertyName("access_grant")] public string? AccessGrant { get; set; }
    [JsonPropertyName("public")] public bool Public { get; set; }
    [JsonPropertyName("usage_tags")] public List<string>? UsageTags { get; set; }
}

internal sealed class AccessResponseWire
{
    [JsonPropertyName("access_key_id")] public string AccessKeyId { get; set; } = "";
    [JsonPropertyName("secret_key")] public string SecretKey { get; set; } = "";

    /// <summary>The configured S3 gateway; empty when none is configured (the sandbox's way of saying "no endpoint").</summary>
    [JsonPropertyName("endpoint")] public string Endpoint { get; set; } = "";
}
