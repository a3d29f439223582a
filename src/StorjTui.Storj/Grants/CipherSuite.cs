namespace StorjTui.Storj.Grants;

/// <summary>Storj's <c>CipherSuite</c> enum as grants store it. Unknown values are kept as numbers.</summary>
public enum CipherSuite
{
    /// <summary>ENC_UNSPECIFIED; a grant's default path cipher 0 reads as <see cref="AesGcm"/>.</summary>
    Unspecified = 0,

    /// <summary>ENC_NULL: paths are not encrypted (a project whose <c>encryptPath</c> is false).</summary>
    Null = 1,

    /// <summary>ENC_AESGCM: AES-256-GCM, the default.</summary>
    AesGcm = 2,

    /// <summary>ENC_SECRETBOX: NaCl secretbox (legacy; parsed and kept, not used for path encryption here).</summary>
    SecretBox = 3,
}
