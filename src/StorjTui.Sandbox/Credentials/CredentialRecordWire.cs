using System.Text.Json.Serialization;

namespace StorjTui.Sandbox.Credentials;

/// <summary>One stored credential, the way storj/edge pkg/auth/authdb/db.go keeps it: nothing in clear that grants access.</summary>
internal sealed class CredentialRecordWire
{
    [JsonPropertyName("satelliteAddress")] public string SatelliteAddress { get; set; } = "";
    [JsonPropertyName("macaroonHead")] public string MacaroonHead { get; set; } = "";
    [JsonPropertyName("expiresAt")] public DateTimeOffset? ExpiresAt { get; set; }
    [JsonPropertyName("encryptedSecretKey")] public string EncryptedSecretKey { get; set; } = "";
    [JsonPropertyName("encryptedAccessGrant")] public string EncryptedAccessGrant { get; set; } = "";
    [JsonPropertyName("public")] public bool Public { get; set; }
    [JsonPropertyName("createdAt")] public DateTimeOffset CreatedAt { get; set; }
}

internal sealed class CredentialFileWire
{
    /// <summary>Keyed by hex sha256 of the 16 random bytes of the access key id.</summary>
    [JsonPropertyName("records")] public Dictionary<string, CredentialRecordWire> Records { get; set; } = [];
}
