namespace StorjTui.Storj.S3;

/// <summary>Why a check did not pass, for callers that react differently (tests, retry offers).</summary>
public enum S3CheckProblem
{
    /// <summary>No problem: the check passed.</summary>
    None,
    /// <summary>The credentials have no List permission, so no listing call could be made.</summary>
    NoListPermission,
    /// <summary>403 SignatureDoesNotMatch: the access key is known, the secret key is not its secret.</summary>
    SignatureDoesNotMatch,
    /// <summary>403 InvalidAccessKeyId: the gateway does not know the access key.</summary>
    InvalidAccessKeyId,
    /// <summary>403 AccessDenied: the key pair was accepted but may not list (permissions, buckets, expiry).</summary>
    AccessDenied,
    /// <summary>The endpoint is not an absolute http(s) URL.</summary>
    InvalidEndpoint,
    /// <summary>The endpoint's host name does not resolve.</summary>
    DnsFailure,
    /// <summary>The TLS handshake failed (certificate, protocol).</summary>
    TlsFailure,
    /// <summary>Nothing listens on the endpoint's port.</summary>
    ConnectionRefused,
    /// <summary>The endpoint did not answer in time.</summary>
    Timeout,
    /// <summary>Any other network failure or S3 error.</summary>
    Other,
}
