namespace StorjTui.Storj.Grants;

/// <summary>Macaroon bytes that do not follow Storj's binary macaroon format.</summary>
public sealed class InvalidMacaroonException : InvalidGrantDataException
{
    /// <summary>Creates the error with a message a person can act on.</summary>
    public InvalidMacaroonException(string message) : base(message) { }

    /// <summary>Creates the error with a message and the lower-level cause.</summary>
    public InvalidMacaroonException(string message, Exception innerException) : base(message, innerException) { }

    /// <summary>Creates the error with a generic message.</summary>
    public InvalidMacaroonException() : base("The macaroon is malformed.") { }
}
