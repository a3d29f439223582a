namespace StorjTui.Core.Flow;

/// <summary>
/// Something a passphrase check noticed about a typed passphrase ("a word is probably mistyped", "short
/// passphrase"). <paramref name="BlocksNext"/> findings refuse Next; the others are warnings to show.
/// The message never contains the passphrase.
/// </summary>
public sealed record PassphraseFinding(string Message, bool BlocksNext);
