namespace StorjTui.Storj.Console;

/// <summary>Per-project edge service URLs that take precedence over the satellite's defaults.</summary>
public sealed record EdgeUrlOverrides(string? AuthService, string? GatewayEndpoint);
