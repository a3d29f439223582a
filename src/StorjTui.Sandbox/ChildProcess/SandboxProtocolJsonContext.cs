using System.Text.Json.Serialization;

namespace StorjTui.Sandbox.ChildProcess;

/// <summary>Source-generated JSON for <see cref="SandboxProtocol"/>'s two lines (AOT-safe, no reflection); unknown or missing members are refused.</summary>
[JsonSourceGenerationOptions(UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow, RespectRequiredConstructorParameters = true, RespectNullableAnnotations = true)]
[JsonSerializable(typeof(SandboxStartRequest))]
[JsonSerializable(typeof(SandboxReadyLine))]
internal sealed partial class SandboxProtocolJsonContext : JsonSerializerContext;
