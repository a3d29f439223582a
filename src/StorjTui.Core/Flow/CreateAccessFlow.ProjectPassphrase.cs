using StorjTui.Core.Access;

namespace StorjTui.Core.Flow;

/// <summary>
/// "Set my project passphrase" (issue #16): the console, once the access is created, keeps the passphrase typed for it
/// as the project passphrase (AccessSetupDialog's generate → setPassphrase), so the next access does not ask again.
/// </summary>
public sealed partial class CreateAccessFlow
{
    /// <summary>The passphrase typed with "Enter my project passphrase" for the access just created, until taken.</summary>
    private byte[]? _projectPassphrase;

    /// <summary>True when this creation's passphrase is to become the project passphrase.</summary>
    internal bool KeepsProjectPassphrase => AsksForEncryption && Draft.PassphraseChoice == PassphraseChoice.SetMyProjectPassphrase;

    /// <summary>
    /// Hands over (once) the project passphrase typed for the access just created (UTF-8); null when that was not the
    /// choice or the creation did not succeed. The taker owns and clears it.
    /// </summary>
    public byte[]? TakeProjectPassphrase()
    {
        var taken = _projectPassphrase;
        _projectPassphrase = null;
        return taken;
    }

    /// <summary>Only a created access keeps it: a failed or cancelled one leaves the project as it was.</summary>
    private void KeepProjectPassphrase(CreateAccessStep end)
    {
        if (end == CreateAccessStep.Created && KeepsProjectPassphrase && Draft.NewPassphrase is { Length: > 0 } typed)
        {
            _projectPassphrase = typed.ToArray();
        }
    }
}
