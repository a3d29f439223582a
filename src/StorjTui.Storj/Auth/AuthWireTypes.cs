using System.Text.Json.Serialization;

namespace StorjTui.Storj.Auth;

// storj/edge pkg/auth/httpauth/resources.go newAccess: request and response of POST /v1/access.

internal sealed class RegisterAccessWire
{
    [JsonPropertyName("access_grant")] public string AccessGrant { get; set; } = "";
    [JsonPropertyName("public")] public bool Public { get; set; }
}

internal sealed class RegisteredAccessWire
{
    [JsonPropertyName("access_key_id")] public string? AccessKeyId { get; set; }
    [JsonPropertyName("secret_key")] public string? SecretKey { get; set; }
    [JsonPropertyName("endpoint")] public string? Endpoint { get; set; }
}
