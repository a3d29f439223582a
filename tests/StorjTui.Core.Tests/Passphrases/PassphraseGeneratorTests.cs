using System.Security.Cryptography;
using System.Text;
using NBitcoin;
using StorjTui.Core.Passphrases;
using Xunit.Abstractions;

namespace StorjTui.Core.Tests.Passphrases;

public class PassphraseGeneratorTests(ITestOutputHelper log)
{
    // The official BIP-39 English vectors with 128-bit entropy (trezor/python-mnemonic vectors.json).
    public static TheoryData<string, string> OfficialVectors => new()
    {
        { "00000000000000000000000000000000", "abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about" },
        { "7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f", "legal winner thank year wave sausage worth useful legal winner thank yellow" },
        { "80808080808080808080808080808080", "letter advice cage absurd amount doctor acoustic avoid letter advice cage above" },
        { "ffffffffffffffffffffffffffffffff", "zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo wrong" },
        { "7dce4ed2284c9134d026608ab684c05c", "lava include region explain simple omit dog slot melt reflect copy reward" },
        { "5baf069620eff15c71dd97c9a6ee328f", "forum join pitch dove yellow purchase shuffle real situate danger million bunker" },
        { "63deb1e7f0c3de56f4ab43c9d2ae6c86", "glow void ketchup thunder digital clock sport half six nice open artefact" },
        { "00641669f095b433a304ed0f953f28eb", "about camera omit thrive forget border metal oval auto prepare sketch stomach" },
    };

    [Theory]
    [MemberData(nameof(OfficialVectors))]
    public void Official_vector_entropy_gives_the_official_mnemonic(string entropyHex, string mnemonic)
    {
        var source = FakeEntropySource.Repeating(Convert.FromHexString(entropyHex));
        using var phrase = new PassphraseGenerator(source).Generate();

        Assert.Equal(mnemonic, phrase.Reveal());
        Assert.Equal(16, source.BytesRequested);
    }

    [Theory]
    [MemberData(nameof(OfficialVectors))]
    public void Utf8_bytes_and_words_match_the_phrase(string entropyHex, string mnemonic)
    {
        using var phrase = new PassphraseGenerator(FakeEntropySource.Repeating(Convert.FromHexString(entropyHex))).Generate();

        var bytes = phrase.ToUtf8Bytes();
        Assert.Equal(Encoding.UTF8.GetBytes(mnemonic), bytes);
        Assert.Equal(mnemonic.Split(' '), Enumerable.Range(0, phrase.WordCount).Select(phrase.WordAt));
    }

    [Fact]
    public void Entropy_comes_only_from_the_injected_source()
    {
        // Two generators fed the same fake bytes produce the same phrases: nothing else adds randomness.
        var first = new PassphraseGenerator(new FakeEntropySource(i => (byte)(i * 31 + 7)));
        var second = new PassphraseGenerator(new FakeEntropySource(i => (byte)(i * 31 + 7)));
        for (var i = 0; i < 50; i++)
        {
            using var a = first.Generate();
            using var b = second.Generate();
            Assert.Equal(a.Reveal(), b.Reveal());
        }

        // And the known bytes give the known phrase.
        using var known = new PassphraseGenerator(FakeEntropySource.Repeating([0x7f])).Generate();
        Assert.Equal("legal winner thank year wave sausage worth useful legal winner thank yellow", known.Reveal());
    }

    [Fact]
    public void Default_source_is_the_operating_system_random_number_generator()
    {
        var generator = new PassphraseGenerator();

        Assert.IsAssignableFrom<RandomNumberGenerator>(generator.Source);
        Assert.Equal(RandomNumberGenerator.Create().GetType(), generator.Source.GetType());
        Assert.Equal(typeof(RandomNumberGenerator), typeof(PassphraseGenerator).GetProperty(nameof(PassphraseGenerator.Source))!.PropertyType);
        Assert.False(typeof(Random).IsAssignableFrom(generator.Source.GetType()));
    }

    [Fact]
    public void Ten_thousand_generated_phrases_are_checksum_valid_and_distinct()
    {
        var generator = new PassphraseGenerator();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < 10_000; i++)
        {
            using var phrase = generator.Generate();
            var text = phrase.Reveal();
            Assert.Equal(12, text.Split(' ').Length);
            Assert.True(new Mnemonic(text, Wordlist.English).IsValidChecksum);
            Assert.True(seen.Add(text));
        }
    }

    [Fact]
    public void Word_distribution_of_100000_phrases_is_uniform()
    {
        var statistic = ChiSquareOfWords(new PassphraseGenerator(), 100_000);
        log.WriteLine($"chi-square over 2048 words, 1,200,000 draws: {statistic:F1} (df 2047)");

        // 2047 degrees of freedom: mean 2047, standard deviation 64. Ten standard deviations either way
        // cannot flake; a real bias lands far outside (see the biased-source test below).
        Assert.InRange(statistic, 2047 - 640, 2047 + 640);
    }

    [Fact]
    public void Uniformity_check_catches_a_biased_source()
    {
        // A source whose bytes never have the top bit set: half the words can never appear first.
        var biased = new PassphraseGenerator(new FakeEntropySource(i => (byte)RandomNumberGenerator.GetInt32(128)));

        var statistic = ChiSquareOfWords(biased, 20_000);
        log.WriteLine($"chi-square for the biased source: {statistic:F1}");
        Assert.True(statistic > 2047 + 640);
    }

    [Fact]
    public void Disposed_passphrase_is_cleared_and_unusable()
    {
        var phrase = new PassphraseGenerator().Generate();
        phrase.Dispose();

        Assert.Throws<ObjectDisposedException>(() => phrase.WordAt(0));
        Assert.Throws<ObjectDisposedException>(() => phrase.ToUtf8Bytes());
    }

    [Fact]
    public void ToString_never_shows_the_words()
    {
        using var phrase = new PassphraseGenerator(FakeEntropySource.Repeating([0])).Generate();

        Assert.DoesNotContain("abandon", phrase.ToString(), StringComparison.Ordinal);
    }

    private static double ChiSquareOfWords(PassphraseGenerator generator, int phrases)
    {
        var counts = new Dictionary<string, int>(2048, StringComparer.Ordinal);
        for (var i = 0; i < phrases; i++)
        {
            using var phrase = generator.Generate();
            for (var w = 0; w < phrase.WordCount; w++)
            {
                var word = phrase.WordAt(w);
                counts[word] = counts.GetValueOrDefault(word) + 1;
            }
        }

        var expected = phrases * 12 / 2048.0;
        var statistic = 0.0;
        for (var index = 0; index < 2048; index++)
        {
            var observed = counts.GetValueOrDefault(Wordlist.English.GetWordAtIndex(index));
            statistic += (observed - expected) * (observed - expected) / expected;
        }

        return statistic;
    }
}
