using StorjTui.Core.Passphrases;

namespace StorjTui.Core.Tests.Passphrases;

public class PassphraseValidatorTests
{
    private const string Valid12 = "legal winner thank year wave sausage worth useful legal winner thank yellow";
    private const string Valid24 = "letter advice cage absurd amount doctor acoustic avoid letter advice cage absurd amount doctor acoustic avoid letter advice cage absurd amount doctor acoustic bless";

    [Fact]
    public void Empty_is_rejected()
    {
        var result = PassphraseValidator.Validate("");

        Assert.False(result.IsValid);
        Assert.Equal(PassphraseFindingKind.Empty, result.Error!.Kind);
    }

    [Theory]
    [InlineData(" ")]
    [InlineData("   \t ")]
    [InlineData("\n")]
    public void Whitespace_only_is_rejected(string passphrase)
    {
        var result = PassphraseValidator.Validate(passphrase);

        Assert.False(result.IsValid);
        Assert.Equal(PassphraseFindingKind.WhitespaceOnly, result.Error!.Kind);
    }

    [Theory]
    [InlineData(" correct horse battery staple")]
    [InlineData("correct horse battery staple ")]
    [InlineData("\tcorrect horse battery staple\t")]
    public void Leading_or_trailing_whitespace_is_flagged_not_rejected(string passphrase)
    {
        var result = PassphraseValidator.Validate(passphrase);

        Assert.True(result.IsValid);
        Assert.Equal([PassphraseFindingKind.LeadingOrTrailingWhitespace], Kinds(result));
    }

    [Fact]
    public void Leading_space_on_a_generated_phrase_is_flagged_and_the_words_still_check_out()
    {
        var result = PassphraseValidator.Validate(" " + Valid12);

        Assert.Equal([PassphraseFindingKind.LeadingOrTrailingWhitespace], Kinds(result));
    }

    [Theory]
    [InlineData(Valid12)]
    [InlineData(Valid24)]
    [InlineData("abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about")]
    public void Valid_bip39_phrase_has_no_findings(string passphrase)
    {
        var result = PassphraseValidator.Validate(passphrase);

        Assert.True(result.IsValid);
        Assert.Empty(result.Warnings);
    }

    [Theory]
    [InlineData("abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon")]
    [InlineData("legal winner thank year wave sausage worth useful legal winner yellow thank")] // two words swapped
    [InlineData("letter advice cage absurd amount doctor acoustic avoid letter advice cage absurd amount doctor acoustic avoid letter advice cage absurd amount doctor acoustic blast")]
    public void Bip39_words_with_a_failing_checksum_warn_of_a_mistyped_word(string passphrase)
    {
        var result = PassphraseValidator.Validate(passphrase);

        Assert.True(result.IsValid);
        var warning = Assert.Single(result.Warnings);
        Assert.Equal(PassphraseFindingKind.ProbablyMistypedWord, warning.Kind);
        Assert.Contains("mistyped", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_word_missing_from_the_list_is_named_by_position_not_quoted()
    {
        var result = PassphraseValidator.Validate("legal winner thnak year wave sausage worth useful legal winner thank yellow");

        var warning = Assert.Single(result.Warnings);
        Assert.Equal(PassphraseFindingKind.ProbablyMistypedWord, warning.Kind);
        Assert.Contains("Word 3 ", warning.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("thnak", warning.Message, StringComparison.Ordinal);
    }

    /// <summary>
    /// Passphrases are case-sensitive and generated ones are lowercase: the BIP-39 words written down in capitals
    /// (or with a capital first word) give another key, so the check says so instead of "mistyped" or nothing.
    /// </summary>
    [Theory]
    [InlineData("LEGAL WINNER THANK YEAR WAVE SAUSAGE WORTH USEFUL LEGAL WINNER THANK YELLOW")]
    [InlineData("Legal winner thank year wave sausage worth useful legal winner thank yellow")]
    [InlineData("legal winner thank year wave sausage worth useful legal winner thank YELLOW")]
    [InlineData("Letter Advice Cage Absurd Amount Doctor Acoustic Avoid Letter Advice Cage Absurd Amount Doctor Acoustic Avoid Letter Advice Cage Absurd Amount Doctor Acoustic Bless")]
    public void Bip39_words_in_the_wrong_case_are_flagged(string passphrase)
    {
        var result = PassphraseValidator.Validate(passphrase);

        Assert.True(result.IsValid);
        var warning = Assert.Single(result.Warnings);
        Assert.Equal(PassphraseFindingKind.WrongCase, warning.Kind);
        Assert.Equal("Capitals change the key: generated passphrases are all lowercase.", warning.Message);
        Assert.DoesNotContain("LEGAL", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Bip39_words_in_the_wrong_case_with_a_mistyped_word_get_both_findings()
    {
        var result = PassphraseValidator.Validate("LEGAL WINNER THNAK YEAR WAVE SAUSAGE WORTH USEFUL LEGAL WINNER THANK YELLOW");

        Assert.Equal([PassphraseFindingKind.WrongCase, PassphraseFindingKind.ProbablyMistypedWord], Kinds(result));
        Assert.Contains("Word 3 ", result.Warnings[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Capitals_in_ordinary_words_are_not_a_case_finding()
    {
        var result = PassphraseValidator.Validate("My Cat Likes To Sleep On The Warm Red Sofa Every Day");

        Assert.DoesNotContain(PassphraseFindingKind.WrongCase, Kinds(result));
    }

    [Fact]
    public void Twelve_ordinary_words_are_not_treated_as_a_generated_phrase()
    {
        var result = PassphraseValidator.Validate("my cat likes to sleep on the warm red sofa every day");

        Assert.True(result.IsValid);
        Assert.DoesNotContain(PassphraseFindingKind.ProbablyMistypedWord, Kinds(result));
    }

    [Fact]
    public void Bip39_words_with_double_spaces_are_flagged()
    {
        var result = PassphraseValidator.Validate(Valid12.Replace("thank year", "thank  year", StringComparison.Ordinal));

        Assert.Equal([PassphraseFindingKind.UnusualWordSpacing], Kinds(result));
    }

    [Theory]
    [InlineData("hunter2")]
    [InlineData("fifteen chars!!")]
    public void Short_passphrase_gets_a_strength_warning(string passphrase)
    {
        var result = PassphraseValidator.Validate(passphrase);

        Assert.True(result.IsValid);
        var warning = Assert.Single(result.Warnings);
        Assert.Equal(PassphraseFindingKind.TooShort, warning.Kind);
        Assert.DoesNotContain(passphrase, warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Sixteen_characters_are_long_enough()
    {
        Assert.Empty(PassphraseValidator.Validate("sixteen chars!!!").Warnings);
    }

    [Fact]
    public void Messages_never_quote_the_passphrase()
    {
        foreach (var passphrase in new[] { " secretvalue", "secretvalue", "legal winner thank year wave sausage worth useful legal winner thank secretvalue" })
        {
            var result = PassphraseValidator.Validate(passphrase);
            Assert.All(result.Warnings, w => Assert.DoesNotContain("secretvalue", w.Message, StringComparison.Ordinal));
        }
    }

    private static PassphraseFindingKind[] Kinds(PassphraseValidation result) => result.Warnings.Select(w => w.Kind).ToArray();
}
