namespace StorjTui.Storj.Grants;

/// <summary>Malformed protobuf; internal, always rethrown as a public typed error with context.</summary>
internal sealed class ProtoFormatException : Exception
{
    public ProtoFormatException(string message) : base(message) { }

    public ProtoFormatException() { }

    public ProtoFormatException(string message, Exception innerException) : base(message, innerException) { }
}
