using StorjTui.Core.Access;

namespace StorjTui.Storj.Connections;

/// <summary>
/// The answer to "create the API key" was lost (timeout, dropped connection, 5xx, busy, garbled). The message says
/// whether any key the satellite may have made was deleted (<see cref="RolledBack"/>) or is left for the next start
/// to offer deleting. <see cref="Exception.InnerException"/> is the network or service failure itself.
/// </summary>
public sealed class ApiKeyNotCreatedException : StorjConnectionException
{
    public ApiKeyNotCreatedException() { }
    public ApiKeyNotCreatedException(string message) : base(message) { }
    public ApiKeyNotCreatedException(string message, Exception inner) : base(message, inner) { }

    public ApiKeyNotCreatedException(string message, bool rolledBack, Exception inner) : base(message, inner)
    {
        RolledBack = rolledBack;
    }

    /// <summary>True when the satellite was checked and holds no key from this attempt: trying again is safe.</summary>
    public bool RolledBack { get; }
}
