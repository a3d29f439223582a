namespace StorjTui.Core.Flow;

/// <summary>
/// Something a passphrase check noticed about a typed passphrase ("a word is probably mistyped", "short
/// passphrase"), on the flow's side of the <see cref="IPassphraseCheck"/> seam. <paramref name="BlocksNext"/>
/// notices refuse Next; the others are warnings to show. The message never contains the passphrase.
/// </summary>
public sealed record PassphraseNotice(string Message, bool BlocksNext);
