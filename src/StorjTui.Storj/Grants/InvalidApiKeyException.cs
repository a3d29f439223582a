namespace StorjTui.Storj.Grants;

/// <summary>An API key that cannot be decoded: bad base58check, wrong version, or a malformed macaroon or caveat.</summary>
public sealed class InvalidApiKeyException : InvalidGrantDataException
{
    /// <summary>Creates the error with a message a person can act on.</summary>
    public InvalidApiKeyException(string message) : base(message) { }

    /// <summary>Creates the error with a message and the lower-level cause.</summary>
    public InvalidApiKeyException(string message, Exception innerException) : base(message, innerException) { }

    /// <summary>Creates the error with a generic message.</summary>
    public InvalidApiKeyException() : base("The API key is not valid.") { }
}
