namespace StorjTui.Sandbox.Gateway;

/// <summary>
/// The grant is the policy, as on Storj's gateway-mt: turns the access grant registered with an S3 key into the
/// scope of one request.
/// </summary>
internal interface IGrantAuthority
{
    /// <summary>
    /// Opens <paramref name="accessGrant"/> (the serialized grant the auth service stored with the key) at
    /// <paramref name="now"/>. Throws <see cref="GatewayAccessDeniedException"/> when the macaroon chain does not
    /// verify against the sandbox's root secret, the API key was deleted (revoked), or a caveat's
    /// <c>not_before</c>/<c>not_after</c> excludes <paramref name="now"/>.
    /// </summary>
    IGrantScope Open(string accessGrant, DateTimeOffset now);
}
