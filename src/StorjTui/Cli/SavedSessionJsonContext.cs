using System.Text.Json.Serialization;

namespace StorjTui.Cli;

/// <summary>Source-generated JSON for <see cref="SavedSession"/>: no reflection, so it works in the Native AOT build.</summary>
[JsonSourceGenerationOptions(WriteIndented = true)]
[JsonSerializable(typeof(SavedSession))]
internal sealed partial class SavedSessionJsonContext : JsonSerializerContext;
