using System.Text.Json.Serialization;

namespace StorjTui.Sandbox.Routes;

// The console's JSON shapes, as storj/storj writes them: consoleweb/config.go FrontendConfig, users.go AuthUser and
// TokenInfo, projects.go ProjectInfo and ProjectConfig, apikeys.go APIKeyInfo, APIKeyPage and CreateAPIKeyResponse,
// private/web/error.go {"error": …}.

internal sealed class ConfigResponse
{
    [JsonPropertyName("satelliteName")] public string SatelliteName { get; set; } = "";
    [JsonPropertyName("satelliteNodeURL")] public string SatelliteNodeUrl { get; set; } = "";
    [JsonPropertyName("gatewayCredentialsRequestURL")] public string GatewayCredentialsRequestUrl { get; set; } = "";
    [JsonPropertyName("objectBrowserKeyNamePrefix")] public string ObjectBrowserKeyNamePrefix { get; set; } = "";
    [JsonPropertyName("csrfToken")] public string CsrfToken { get; set; } = "";
    [JsonPropertyName("objectLockUIEnabled")] public bool ObjectLockUIEnabled { get; set; }
    [JsonPropertyName("bucketEventingUIEnabled")] public bool BucketEventingUIEnabled { get; set; }
}

internal sealed class LogInRequest
{
    [JsonPropertyName("email")] public string? Email { get; set; }
    [JsonPropertyName("password")] public string? Password { get; set; }
    [JsonPropertyName("mfaPasscode")] public string? MfaPasscode { get; set; }
    [JsonPropertyName("mfaRecoveryCode")] public string? MfaRecoveryCode { get; set; }
    [JsonPropertyName("captchaResponse")] public string? CaptchaResponse { get; set; }
    [JsonPropertyName("rememberForOneWeek")] public bool RememberForOneWeek { get; set; }
}

internal sealed class TokenResponse
{
    [JsonPropertyName("token")] public string Token { get; set; } = "";
    [JsonPropertyName("expiresAt"), JsonConverter(typeof(GoTimeConverter))] public DateTimeOffset ExpiresAt { get; set; }
}

internal sealed class ErrorResponse
{
    [JsonPropertyName("error")] public string Error { get; set; } = "";
}

internal sealed class ProjectInfoResponse
{
    [JsonPropertyName("id")] public string Id { get; set; } = "";
    [JsonPropertyName("name")] public string Name { get; set; } = "";
    [JsonPropertyName("ownerId")] public string OwnerId { get; set; } = "";
    [JsonPropertyName("description")] public string Description { get; set; } = "";
    [JsonPropertyName("memberCount")] public int MemberCount { get; set; } = 1;
    [JsonPropertyName("createdAt"), JsonConverter(typeof(GoTimeConverter))] public DateTimeOffset CreatedAt { get; set; }
    [JsonPropertyName("storageUsed")] public long StorageUsed { get; set; }
    [JsonPropertyName("bandwidthUsed")] public long BandwidthUsed { get; set; }
    [JsonPropertyName("versioning")] public int Versioning { get; set; }
    [JsonPropertyName("placement")] public int Placement { get; set; }
    [JsonPropertyName("hasManagedPassphrase")] public bool HasManagedPassphrase { get; set; }
    [JsonPropertyName("isClassic")] public bool IsClassic { get; set; }
    [JsonPropertyName("storageNotificationsEnabled")] public bool StorageNotificationsEnabled { get; set; }
    [JsonPropertyName("egressNotificationsEnabled")] public bool EgressNotificationsEnabled { get; set; }
}

internal sealed class ProjectConfigResponse
{
    [JsonPropertyName("hasManagedPassphrase")] public bool HasManagedPassphrase { get; set; }
    [JsonPropertyName("encryptPath")] public bool EncryptPath { get; set; }
    [JsonPropertyName("passphrase"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public string? Passphrase { get; set; }
    [JsonPropertyName("isOwnerPaidTier")] public bool IsOwnerPaidTier { get; set; }
    [JsonPropertyName("hasPaidPrivileges")] public bool HasPaidPrivileges { get; set; }
    [JsonPropertyName("role")] public int Role { get; set; }
    [JsonPropertyName("salt")] public string Salt { get; set; } = "";
    [JsonPropertyName("membersCount")] public int MembersCount { get; set; } = 1;
    [JsonPropertyName("availablePlacements")] public List<string> AvailablePlacements { get; set; } = [];
}

internal sealed class ApiKeyInfoResponse
{
    [JsonPropertyName("id")] public string Id { get; set; } = "";
    [JsonPropertyName("projectId")] public string ProjectId { get; set; } = "";
    [JsonPropertyName("projectPublicId")] public string ProjectPublicId { get; set; } = "";
    [JsonPropertyName("createdBy")] public string CreatedBy { get; set; } = "";
    [JsonPropertyName("creatorEmail")] public string CreatorEmail { get; set; } = "";
    [JsonPropertyName("userAgent")] public string? UserAgent { get; set; }
    [JsonPropertyName("name")] public string Name { get; set; } = "";
    [JsonPropertyName("createdAt"), JsonConverter(typeof(GoTimeConverter))] public DateTimeOffset CreatedAt { get; set; }
    [JsonPropertyName("version")] public int Version { get; set; }
}

internal sealed class CreateApiKeyResponse
{
    [JsonPropertyName("key")] public string Key { get; set; } = "";
    [JsonPropertyName("keyInfo")] public ApiKeyInfoResponse KeyInfo { get; set; } = new();
}

internal sealed class ApiKeyPageResponse
{
    [JsonPropertyName("apiKeys")] public List<ApiKeyInfoResponse>? ApiKeys { get; set; }
    [JsonPropertyName("search")] public string Search { get; set; } = "";
    [JsonPropertyName("limit")] public int Limit { get; set; }
    [JsonPropertyName("order")] public int Order { get; set; }
    [JsonPropertyName("orderDirection")] public int OrderDirection { get; set; }
    [JsonPropertyName("offset")] public long Offset { get; set; }
    [JsonPropertyName("pageCount")] public int PageCount { get; set; }
    [JsonPropertyName("currentPage")] public int CurrentPage { get; set; }
    [JsonPropertyName("totalCount")] public long TotalCount { get; set; }
}

internal sealed class DeleteIdsRequest
{
    [JsonPropertyName("ids")] public List<string>? Ids { get; set; }
}
