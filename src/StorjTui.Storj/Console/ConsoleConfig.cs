using StorjTui.Core.Access;

namespace StorjTui.Storj.Console;

/// <summary>What <c>GET /api/v0/config</c> tells a client before anything else.</summary>
/// <param name="SatelliteName">Display name of the satellite (may be empty).</param>
/// <param name="SatelliteNodeUrl">The node URL that goes into access grants (<c>id@host:port</c>).</param>
/// <param name="GatewayCredentialsRequestUrl">Base URL of the auth service, when the satellite names one.</param>
/// <param name="ObjectBrowserKeyNamePrefix">Name prefix of the keys the web object browser makes (hidden from lists).</param>
/// <param name="CsrfEnabled">True when the satellite handed out a CSRF token that every write must carry.</param>
/// <param name="Features">Whether its console shows the Object Lock and bucket-notification permissions.</param>
public sealed record ConsoleConfig(
    string SatelliteName,
    string SatelliteNodeUrl,
    string? GatewayCredentialsRequestUrl,
    string ObjectBrowserKeyNamePrefix,
    bool CsrfEnabled,
    SatelliteFeatures Features);
