
namespace StorjTui.Tui.Screens;

/// <summary>What the Connect screen asks for. Secrets are UTF-8 bytes the opener clears after use.</summary>
internal sealed record ConnectRequest(
    ConnectTarget Target,
    string? SatelliteUrl = null,
    string? Email = null,
    byte[]? Password = null,
    string? MfaCode = null,
    byte[]? RestApiKey = null,
    byte[]? AccessGrant = null)
{
    /// <summary>Never print secrets by accident.</summary>
    public override string ToString() => $"ConnectRequest {{ Target = {Target} }}";
}
