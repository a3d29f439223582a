namespace StorjTui.Core.Flow;

/// <summary>
/// The seam where the passphrase validator (StorjTui.Core.Passphrases) plugs into the create flow. The flow
/// itself refuses empty or whitespace-only passphrases and a confirmation that differs; everything else
/// (mistyped BIP-39 word, strength, surrounding whitespace) comes from here.
/// </summary>
public interface IPassphraseCheck
{
    /// <summary>Findings about <paramref name="passphraseUtf8"/>; must not keep or echo the bytes.</summary>
    IReadOnlyList<PassphraseNotice> Check(ReadOnlySpan<byte> passphraseUtf8);
}
