namespace StorjTui.Core.Flow;

/// <summary>
/// What "the current passphrase" is when an access is created; it decides which access-encryption choices
/// exist.
/// </summary>
public enum CurrentPassphrase
{
    /// <summary>The project passphrase prompt was skipped: only the Advanced choices (new / generated) exist.</summary>
    Unknown,
    /// <summary>The user typed the project passphrase when the project was opened.</summary>
    ProjectPassphrase,
    /// <summary>
    /// The connection is an existing access grant: its own key is the current passphrase, and a new one is not
    /// offered (it would need the project's salt, which only the satellite has).
    /// </summary>
    AccessGrantKey,
    /// <summary>The satellite manages the project's passphrase: the encryption step is skipped.</summary>
    ManagedBySatellite,
}
