namespace StorjTui.Storj.Grants;

/// <summary>Caveat bytes that are not a valid Storj caveat protobuf message.</summary>
public sealed class InvalidCaveatException : InvalidGrantDataException
{
    /// <summary>Creates the error with a message a person can act on.</summary>
    public InvalidCaveatException(string message) : base(message) { }

    /// <summary>Creates the error with a message and the lower-level cause.</summary>
    public InvalidCaveatException(string message, Exception innerException) : base(message, innerException) { }

    /// <summary>Creates the error with a generic message.</summary>
    public InvalidCaveatException() : base("The caveat is malformed.") { }
}
