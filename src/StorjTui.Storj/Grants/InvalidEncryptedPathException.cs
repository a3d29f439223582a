namespace StorjTui.Storj.Grants;

/// <summary>An encrypted path that is malformed or was not encrypted with the given key.</summary>
public sealed class InvalidEncryptedPathException : InvalidGrantDataException
{
    /// <summary>Creates the error with a message a person can act on.</summary>
    public InvalidEncryptedPathException(string message) : base(message) { }

    /// <summary>Creates the error with a message and the lower-level cause.</summary>
    public InvalidEncryptedPathException(string message, Exception innerException) : base(message, innerException) { }

    /// <summary>Creates the error with a generic message.</summary>
    public InvalidEncryptedPathException() : base("The encrypted path cannot be decrypted.") { }
}
