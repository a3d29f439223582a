using System.Text.Json.Serialization;

namespace StorjTui.Storj.Console;

// The JSON the satellite console sends and takes (storj/storj satellite/console: consoleweb/config.go FrontendConfig,
// users.go AuthUser/TokenInfo, projects.go ProjectInfo/ProjectConfig, config.go EdgeURLOverrides, apikeys.go
// APIKeyInfo/APIKeyPage/CreateAPIKeyResponse; private/web/error.go for {"error":…}). Only the fields we use.

internal sealed class ConfigWire
{
    [JsonPropertyName("satelliteName")] public string? SatelliteName { get; set; }
    [JsonPropertyName("satelliteNodeURL")] public string? SatelliteNodeUrl { get; set; }
    [JsonPropertyName("gatewayCredentialsRequestURL")] public string? GatewayCredentialsRequestUrl { get; set; }
    [JsonPropertyName("objectBrowserKeyNamePrefix")] public string? ObjectBrowserKeyNamePrefix { get; set; }
    [JsonPropertyName("csrfToken")] public string? CsrfToken { get; set; }
    // An older satellite without these fields never showed those steps.
    [JsonPropertyName("objectLockUIEnabled")] public bool ObjectLockUIEnabled { get; set; }
    [JsonPropertyName("bucketEventingUIEnabled")] public bool BucketEventingUIEnabled { get; set; }
}

internal sealed class LogInWire
{
    [JsonPropertyName("email")] public string Email { get; set; } = "";
    [JsonPropertyName("password")] public string Password { get; set; } = "";
    [JsonPropertyName("mfaPasscode")] public string MfaPasscode { get; set; } = "";
    [JsonPropertyName("mfaRecoveryCode")] public string MfaRecoveryCode { get; set; } = "";
    [JsonPropertyName("captchaResponse")] public string CaptchaResponse { get; set; } = "";
    [JsonPropertyName("rememberForOneWeek")] public bool RememberForOneWeek { get; set; }
}

internal sealed class TokenWire
{
    [JsonPropertyName("token")] public string? Token { get; set; }
    [JsonPropertyName("expiresAt")] public DateTimeOffset? ExpiresAt { get; set; }
    [JsonPropertyName("error")] public string? Error { get; set; }
}

internal sealed class ErrorWire
{
    [JsonPropertyName("error")] public string? Error { get; set; }
}

internal sealed class EdgeUrlOverridesWire
{
    [JsonPropertyName("authService")] public string? AuthService { get; set; }
    [JsonPropertyName("gatewayEndpoint")] public string? GatewayEndpoint { get; set; }
}

internal sealed class ProjectWire
{
    [JsonPropertyName("id")] public string? Id { get; set; }
    [JsonPropertyName("name")] public string? Name { get; set; }
    [JsonPropertyName("ownerId")] public string? OwnerId { get; set; }
    [JsonPropertyName("createdAt")] public DateTimeOffset CreatedAt { get; set; }
    [JsonPropertyName("edgeURLOverrides")] public EdgeUrlOverridesWire? EdgeUrlOverrides { get; set; }
    [JsonPropertyName("hasManagedPassphrase")] public bool HasManagedPassphrase { get; set; }
}

internal sealed class ProjectConfigWire
{
    [JsonPropertyName("hasManagedPassphrase")] public bool HasManagedPassphrase { get; set; }
    [JsonPropertyName("encryptPath")] public bool EncryptPath { get; set; }
    [JsonPropertyName("passphrase")] public string? Passphrase { get; set; }
    [JsonPropertyName("salt")] public string? Salt { get; set; }
}

internal sealed class ApiKeyInfoWire
{
    [JsonPropertyName("id")] public string? Id { get; set; }
    [JsonPropertyName("projectId")] public string? ProjectId { get; set; }
    [JsonPropertyName("projectPublicId")] public string? ProjectPublicId { get; set; }
    [JsonPropertyName("createdBy")] public string? CreatedBy { get; set; }
    [JsonPropertyName("creatorEmail")] public string? CreatorEmail { get; set; }
    [JsonPropertyName("name")] public string? Name { get; set; }
    [JsonPropertyName("createdAt")] public DateTimeOffset CreatedAt { get; set; }
    [JsonPropertyName("version")] public long Version { get; set; }
}

internal sealed class CreateApiKeyWire
{
    [JsonPropertyName("key")] public string? Key { get; set; }
    [JsonPropertyName("keyInfo")] public ApiKeyInfoWire? KeyInfo { get; set; }
}

internal sealed class ApiKeyPageWire
{
    [JsonPropertyName("apiKeys")] public List<ApiKeyInfoWire>? ApiKeys { get; set; }
    [JsonPropertyName("pageCount")] public int PageCount { get; set; }
    [JsonPropertyName("currentPage")] public int CurrentPage { get; set; }
    [JsonPropertyName("totalCount")] public long TotalCount { get; set; }
}

internal sealed class DeleteByIdsWire
{
    [JsonPropertyName("ids")] public List<string> Ids { get; set; } = [];
}
