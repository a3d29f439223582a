namespace StorjTui.Sandbox.Gateway.Storage;

/// <summary>What a client sets on an object besides its body: Content-Type and x-amz-meta-* (names without the prefix, lower case).</summary>
internal sealed record ObjectMetadata(string? ContentType, IReadOnlyDictionary<string, string> UserMetadata);
