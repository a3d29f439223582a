namespace StorjTui.Storj.Grants;

/// <summary>Restrictions that cannot be applied: nothing allowed, an empty time range, a non-positive TTL, or a bucket without a key.</summary>
public sealed class InvalidRestrictionException : InvalidGrantDataException
{
    /// <summary>Creates the error with a message a person can act on.</summary>
    public InvalidRestrictionException(string message) : base(message) { }

    /// <summary>Creates the error with a message and the lower-level cause.</summary>
    public InvalidRestrictionException(string message, Exception innerException) : base(message, innerException) { }

    /// <summary>Creates the error with a generic message.</summary>
    public InvalidRestrictionException() : base("The restriction is not valid.") { }
}
