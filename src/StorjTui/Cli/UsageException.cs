namespace StorjTui.Cli;

/// <summary>A command was used wrongly in a way the parser cannot see (e.g. two secret sources at once). Exit code 2.</summary>
internal sealed class UsageException : Exception
{
    public UsageException() { }
    public UsageException(string message) : base(message) { }
    public UsageException(string message, Exception inner) : base(message, inner) { }
}
