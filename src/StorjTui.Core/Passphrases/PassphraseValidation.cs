namespace StorjTui.Core.Passphrases;

/// <summary>The result of checking a typed passphrase: at most one error (it cannot be used) and any warnings.</summary>
public sealed record PassphraseValidation(PassphraseFinding? Error, IReadOnlyList<PassphraseFinding> Warnings)
{
    /// <summary>True when the passphrase can be used (warnings may still apply).</summary>
    public bool IsValid => Error is null;
}
