namespace StorjTui.Storj.Grants;

/// <summary>An access grant that cannot be decoded: bad base58check, wrong version, malformed protobuf, API key or encryption access.</summary>
public sealed class InvalidAccessGrantException : InvalidGrantDataException
{
    /// <summary>Creates the error with a message a person can act on.</summary>
    public InvalidAccessGrantException(string message) : base(message) { }

    /// <summary>Creates the error with a message and the lower-level cause.</summary>
    public InvalidAccessGrantException(string message, Exception innerException) : base(message, innerException) { }

    /// <summary>Creates the error with a generic message.</summary>
    public InvalidAccessGrantException() : base("The access grant is not valid.") { }
}
