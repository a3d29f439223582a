namespace StorjTui.Sandbox.Credentials;

/// <summary>A freshly made key pair (the secret exists in clear only here, on its way to the client).</summary>
internal sealed record IssuedCredentials(string AccessKeyId, string SecretKey)
{
    public override string ToString() => $"IssuedCredentials {{ AccessKeyId = {AccessKeyId} }}";
}
