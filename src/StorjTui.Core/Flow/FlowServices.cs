using StorjTui.Core.Passphrases;

namespace StorjTui.Core.Flow;

/// <summary>
/// What the flows take from outside, injected so they stay pure and tests are deterministic.
/// </summary>
/// <param name="Clock">Now, for end dates.</param>
/// <param name="LocalZone">The user's time zone: presets and dates end at 23:59:59 there.</param>
/// <param name="GeneratePassphrase">Makes a fresh 12-word passphrase as UTF-8 bytes (the flow clears them).</param>
/// <param name="PassphraseCheck">Extra checks on a typed passphrase; null for none.</param>
public sealed record FlowServices(
    TimeProvider Clock,
    TimeZoneInfo LocalZone,
    Func<byte[]> GeneratePassphrase,
    IPassphraseCheck? PassphraseCheck = null)
{
    /// <summary>The real world: system clock and zone, the BIP-39 generator, the passphrase validator.</summary>
    public static FlowServices CreateDefault() => new(TimeProvider.System, TimeZoneInfo.Local, GenerateTwelveWords, new ValidatorPassphraseCheck());

    private static byte[] GenerateTwelveWords()
    {
        using GeneratedPassphrase phrase = new PassphraseGenerator().Generate();
        return phrase.ToUtf8Bytes();
    }
}
