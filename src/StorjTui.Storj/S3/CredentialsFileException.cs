namespace StorjTui.Storj.S3;

/// <summary>A credentials file could not be read or understood. The message names the file, never its secrets.</summary>
public sealed class CredentialsFileException : Exception
{
    public CredentialsFileException() { }

    public CredentialsFileException(string message) : base(message) { }

    public CredentialsFileException(string message, Exception inner) : base(message, inner) { }
}
