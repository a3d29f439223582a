namespace StorjTui.Storj.Grants;

/// <summary>
/// Base of every error caused by bad grant, API key, macaroon, caveat or base58 input. Messages say what
/// is wrong and never contain the input itself (it is a secret).
/// </summary>
public class InvalidGrantDataException : Exception
{
    /// <summary>Creates the error with a message a person can act on.</summary>
    public InvalidGrantDataException(string message) : base(message) { }

    /// <summary>Creates the error with a message and the lower-level cause.</summary>
    public InvalidGrantDataException(string message, Exception innerException) : base(message, innerException) { }

    /// <summary>Creates the error with a generic message.</summary>
    public InvalidGrantDataException() : base("The grant data is not valid.") { }
}
