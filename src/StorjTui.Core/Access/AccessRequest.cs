namespace StorjTui.Core.Access;

/// <summary>
/// A validated request to create an access: what the create flow hands to the connection once the
/// user confirmed. <see cref="Passphrase"/> is the UTF-8 passphrase for <see cref="PassphraseChoice.EnterNew"/>
/// and <see cref="PassphraseChoice.GenerateNew"/>, null for <see cref="PassphraseChoice.UseCurrent"/>
/// (the connection then uses the project passphrase or the grant's key). The caller clears it after use.
/// </summary>
public sealed record AccessRequest(
    AccessType Type,
    string Name,
    Permissions Permissions,
    IReadOnlyList<string> Buckets,
    DateTimeOffset? NotAfter,
    PassphraseChoice PassphraseChoice,
    byte[]? Passphrase)
{
    /// <summary>
    /// The console's "Set my project passphrase": once the access is created, <see cref="Passphrase"/> is the open
    /// project's passphrase, so the next access can use it as the current one (as the console keeps it after
    /// creating). False for every other choice.
    /// </summary>
    public bool KeepAsProjectPassphrase { get; init; }

    /// <summary>True when every bucket is allowed (no bucket was chosen).</summary>
    public bool AllBuckets => Buckets.Count == 0;
}
