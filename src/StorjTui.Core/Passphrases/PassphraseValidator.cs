using NBitcoin;

namespace StorjTui.Core.Passphrases;

/// <summary>
/// Checks a passphrase the person typed ("Enter a new passphrase", or retyping a generated one). The passphrase
/// is used exactly as typed, so nothing is trimmed or normalised here; surprises are reported instead.
/// </summary>
public static class PassphraseValidator
{
    /// <summary>Shorter passphrases get a strength warning. Anyone with the encrypted data can guess offline.</summary>
    public const int RecommendedMinimumLength = 16;

    /// <summary>Checks <paramref name="passphrase"/>. Messages never quote it.</summary>
    public static PassphraseValidation Validate(string passphrase)
    {
        ArgumentNullException.ThrowIfNull(passphrase);
        if (passphrase.Length == 0)
        {
            return Fail(PassphraseFindingKind.Empty, "Enter a passphrase.");
        }

        if (string.IsNullOrWhiteSpace(passphrase))
        {
            return Fail(PassphraseFindingKind.WhitespaceOnly, "The passphrase is only spaces. Type a real passphrase or generate a 12-word one.");
        }

        var warnings = new List<PassphraseFinding>();
        if (char.IsWhiteSpace(passphrase[0]) || char.IsWhiteSpace(passphrase[^1]))
        {
            warnings.Add(new PassphraseFinding(
                PassphraseFindingKind.LeadingOrTrailingWhitespace,
                "The passphrase starts or ends with a space. The space is part of the passphrase: you must type it the same way every time."));
        }

        var words = passphrase.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is 12 or 24)
        {
            CheckBip39(passphrase, words, warnings);
        }
        else if (passphrase.Length < RecommendedMinimumLength)
        {
            warnings.Add(new PassphraseFinding(
                PassphraseFindingKind.TooShort,
                $"This passphrase is short, so it is easier to guess. Use at least {RecommendedMinimumLength} characters, several words, or generate a 12-word passphrase."));
        }

        return new PassphraseValidation(null, warnings);
    }

    private static void CheckBip39(string passphrase, string[] typed, List<PassphraseFinding> warnings)
    {
        // The word list is lowercase; look the words up lowercased so capitals are reported as such, not as typos.
        var words = typed.Select(w => w.ToLowerInvariant()).ToArray();
        var unknown = new List<int>();
        for (var i = 0; i < words.Length; i++)
        {
            if (!Wordlist.English.WordExists(words[i], out _))
            {
                unknown.Add(i + 1);
            }
        }

        // Mostly BIP-39 words: almost certainly meant as a generated phrase, so one or two strangers are typos.
        if (unknown.Count > 2)
        {
            return;
        }

        if (!words.SequenceEqual(typed, StringComparer.Ordinal))
        {
            warnings.Add(new PassphraseFinding(
                PassphraseFindingKind.WrongCase,
                "Capitals change the key: generated passphrases are all lowercase."));
        }

        if (unknown.Count > 0)
        {
            var which = unknown.Count == 1
                ? $"Word {unknown[0]} is not in the BIP-39 word list; it is"
                : $"Words {unknown[0]} and {unknown[1]} are not in the BIP-39 word list; they are";
            warnings.Add(new PassphraseFinding(
                PassphraseFindingKind.ProbablyMistypedWord,
                $"{which} probably mistyped. Check against your saved passphrase."));
            return;
        }

        if (!new Mnemonic(string.Join(' ', words), Wordlist.English).IsValidChecksum)
        {
            warnings.Add(new PassphraseFinding(
                PassphraseFindingKind.ProbablyMistypedWord,
                $"These {words.Length} words are not a valid generated passphrase (the checksum does not match): a word is probably mistyped or two words are swapped."));
        }

        if (passphrase.Trim() != string.Join(' ', typed))
        {
            warnings.Add(new PassphraseFinding(
                PassphraseFindingKind.UnusualWordSpacing,
                "The words are separated by something other than single spaces. Generated passphrases use single spaces, and the passphrase is used exactly as typed."));
        }
    }

    private static PassphraseValidation Fail(PassphraseFindingKind kind, string message) =>
        new(new PassphraseFinding(kind, message), []);
}
