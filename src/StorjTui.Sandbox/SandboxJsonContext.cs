using System.Text.Json.Serialization;
using StorjTui.Sandbox.Credentials;
using StorjTui.Sandbox.Gateway.Storage;
using StorjTui.Sandbox.Routes;
using StorjTui.Sandbox.State;

namespace StorjTui.Sandbox;

/// <summary>Source-generated JSON for everything the sandbox reads and writes (AOT-safe, no reflection).</summary>
[JsonSerializable(typeof(ConfigResponse))]
[JsonSerializable(typeof(LogInRequest))]
[JsonSerializable(typeof(TokenResponse))]
[JsonSerializable(typeof(ErrorResponse))]
[JsonSerializable(typeof(List<ProjectInfoResponse>))]
[JsonSerializable(typeof(ProjectConfigResponse))]
[JsonSerializable(typeof(CreateApiKeyResponse))]
[JsonSerializable(typeof(ApiKeyPageResponse))]
[JsonSerializable(typeof(DeleteIdsRequest))]
[JsonSerializable(typeof(List<string>))]
[JsonSerializable(typeof(string))]
[JsonSerializable(typeof(AccessRequestWire))]
[JsonSerializable(typeof(AccessResponseWire))]
[JsonSerializable(typeof(StateWire))]
[JsonSerializable(typeof(CredentialFileWire))]
[JsonSerializable(typeof(ObjectRecord))]
[JsonSerializable(typeof(MultipartUpload))]
internal sealed partial class SandboxJsonContext : JsonSerializerContext;
