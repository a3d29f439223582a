namespace StorjTui.Core.Passphrases;

/// <summary>What the passphrase check found.</summary>
public enum PassphraseFindingKind
{
    /// <summary>Error: nothing was typed.</summary>
    Empty,
    /// <summary>Error: only spaces, tabs or line breaks were typed.</summary>
    WhitespaceOnly,
    /// <summary>Warning: the passphrase starts or ends with whitespace, which is kept as part of it.</summary>
    LeadingOrTrailingWhitespace,
    /// <summary>Warning: looks like a 12- or 24-word BIP-39 phrase but a word is wrong.</summary>
    ProbablyMistypedWord,
    /// <summary>Warning: BIP-39 words separated by something other than single spaces.</summary>
    UnusualWordSpacing,
    /// <summary>Warning: the passphrase is short and so easier to guess.</summary>
    TooShort,
    /// <summary>
    /// Warning: 12 or 24 BIP-39 words with capitals. Passphrases are case-sensitive and generated ones are
    /// lowercase, so these give another encryption key than the words as generated.
    /// </summary>
    WrongCase,
}
