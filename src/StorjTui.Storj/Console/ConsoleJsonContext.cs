using System.Text.Json.Serialization;

namespace StorjTui.Storj.Console;

/// <summary>Source-generated JSON for the console's wire types (no reflection, trim- and AOT-safe).</summary>
[JsonSerializable(typeof(ConfigWire))]
[JsonSerializable(typeof(LogInWire))]
[JsonSerializable(typeof(TokenWire))]
[JsonSerializable(typeof(ErrorWire))]
[JsonSerializable(typeof(List<ProjectWire>))]
[JsonSerializable(typeof(ProjectConfigWire))]
[JsonSerializable(typeof(CreateApiKeyWire))]
[JsonSerializable(typeof(ApiKeyPageWire))]
[JsonSerializable(typeof(DeleteByIdsWire))]
[JsonSerializable(typeof(List<string>))]
[JsonSerializable(typeof(string))]
internal sealed partial class ConsoleJsonContext : JsonSerializerContext;
