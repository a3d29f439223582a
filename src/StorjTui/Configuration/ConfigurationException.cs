namespace StorjTui.Configuration;

/// <summary>Settings that cannot be used, with a message saying which one, where it came from, and what to do.</summary>
internal sealed class ConfigurationException : Exception
{
    public ConfigurationException() { }
    public ConfigurationException(string message) : base(message) { }
    public ConfigurationException(string message, Exception inner) : base(message, inner) { }
}
