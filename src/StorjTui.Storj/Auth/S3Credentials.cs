namespace StorjTui.Storj.Auth;

/// <summary>
/// What the auth service returns for a registered grant. <see cref="Endpoint"/> is null when the service named
/// none (the sandbox without a configured S3 gateway). The secret key must never be logged.
/// </summary>
public sealed record S3Credentials(string AccessKeyId, string SecretKey, string? Endpoint)
{
    public override string ToString() => $"S3Credentials {{ AccessKeyId = {AccessKeyId}, Endpoint = {Endpoint} }}";
}
