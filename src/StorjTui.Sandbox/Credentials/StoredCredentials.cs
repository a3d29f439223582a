namespace StorjTui.Sandbox.Credentials;

/// <summary>What a lookup by access key id decrypts.</summary>
internal sealed record StoredCredentials(string SecretKey, string AccessGrant, string SatelliteAddress, DateTimeOffset? ExpiresAt, bool Public)
{
    public override string ToString() => $"StoredCredentials {{ SatelliteAddress = {SatelliteAddress} }}";
}
