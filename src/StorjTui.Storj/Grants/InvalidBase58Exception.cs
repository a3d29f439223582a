namespace StorjTui.Storj.Grants;

/// <summary>Base58check text that cannot be decoded: a character outside the alphabet, too short, or a checksum mismatch.</summary>
public sealed class InvalidBase58Exception : InvalidGrantDataException
{
    /// <summary>Creates the error with a message a person can act on.</summary>
    public InvalidBase58Exception(string message) : base(message) { }

    /// <summary>Creates the error with a message and the lower-level cause.</summary>
    public InvalidBase58Exception(string message, Exception innerException) : base(message, innerException) { }

    /// <summary>Creates the error with a generic message.</summary>
    public InvalidBase58Exception() : base("The text is not valid base58check.") { }
}
