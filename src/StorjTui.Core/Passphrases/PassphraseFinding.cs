namespace StorjTui.Core.Passphrases;

/// <summary>One error or warning about a typed passphrase, in plain words. Never contains the passphrase.</summary>
/// <param name="Kind">What was found.</param>
/// <param name="Message">A sentence to show the person typing.</param>
public sealed record PassphraseFinding(PassphraseFindingKind Kind, string Message);
