namespace StorjTui.Core.Access;

/// <summary>The "Access encryption" step's options.</summary>
public enum PassphraseChoice
{
    /// <summary>Use the passphrase the project was opened with (or the grant's own key).</summary>
    UseCurrent,
    /// <summary>Advanced: type a new passphrase (with confirmation).</summary>
    EnterNew,
    /// <summary>Advanced: generate a 12-word passphrase.</summary>
    GenerateNew,
    /// <summary>
    /// The console's "Enter my project passphrase" (<c>SetMyProjectPassphrase</c>), offered first when no project
    /// passphrase was entered: the project's own passphrase, typed (with confirmation) on the next step. The request
    /// carries it like <see cref="EnterNew"/>'s, since the key is derived from it the same way.
    /// </summary>
    SetMyProjectPassphrase,
}
