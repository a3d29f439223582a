using System.Text.Json.Serialization;

namespace StorjTui.Storj.Auth;

/// <summary>Source-generated JSON for the auth service's wire types.</summary>
[JsonSerializable(typeof(RegisterAccessWire))]
[JsonSerializable(typeof(RegisteredAccessWire))]
internal sealed partial class AuthJsonContext : JsonSerializerContext;
