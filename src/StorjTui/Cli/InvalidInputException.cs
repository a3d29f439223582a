namespace StorjTui.Cli;

/// <summary>A value the user gave cannot be used (empty passphrase, bad salt, malformed address). Exit code 1.</summary>
internal sealed class InvalidInputException : Exception
{
    public InvalidInputException() { }
    public InvalidInputException(string message) : base(message) { }
    public InvalidInputException(string message, Exception inner) : base(message, inner) { }
}
