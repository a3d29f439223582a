namespace StorjTui.Core.Access;

/// <summary>
/// A step after the API key was created failed: the key exists but no credentials were delivered. Offer
/// <see cref="IStorjConnection.ResumeCreationAsync"/> (retry the remaining steps with the same key) or
/// <see cref="IStorjConnection.AbandonCreationAsync"/> (delete the key).
/// </summary>
public class IncompleteCreationException : StorjConnectionException
{
    public IncompleteCreationException() { }
    public IncompleteCreationException(string message) : base(message) { }
    public IncompleteCreationException(string message, Exception inner) : base(message, inner) { }

    public IncompleteCreationException(string message, PendingCreation pending, Exception inner) : base(message, inner)
    {
        Pending = pending;
    }

    /// <summary>What to resume or abandon.</summary>
    public PendingCreation? Pending { get; }
}
