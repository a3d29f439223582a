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
}
