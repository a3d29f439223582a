namespace StorjTui.Core.Access;

/// <summary>The console's access types ("Type" on the Create Access screen).</summary>
public enum AccessType
{
    /// <summary>Access key, secret key and endpoint from the auth service (the default).</summary>
    S3Credentials,
    /// <summary>A serialized access grant.</summary>
    AccessGrant,
    /// <summary>A bare API key plus the satellite address; no encryption passphrase involved.</summary>
    ApiKey,
}
