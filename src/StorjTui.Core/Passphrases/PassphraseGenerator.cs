using System.Security.Cryptography;
using NBitcoin;

namespace StorjTui.Core.Passphrases;

/// <summary>
/// Generates the console's "Generate 12-word passphrase": 128 bits of entropy from a cryptographic source,
/// a 4-bit SHA-256 checksum, 12 words from the BIP-39 English list.
/// </summary>
public sealed class PassphraseGenerator
{
    /// <summary>Words in a generated passphrase.</summary>
    public const int WordCount = 12;

    private const int EntropyBytes = 16;
    private const int BitsPerWord = 11;

    /// <summary>Uses the operating system's CSPRNG.</summary>
    public PassphraseGenerator()
        : this(RandomNumberGenerator.Create())
    {
    }

    /// <summary>Uses <paramref name="source"/> for the entropy (tests inject a fake one).</summary>
    public PassphraseGenerator(RandomNumberGenerator source)
    {
        ArgumentNullException.ThrowIfNull(source);
        Source = source;
    }

    /// <summary>Where the entropy comes from. Typed as <see cref="RandomNumberGenerator"/> so it can never be <see cref="Random"/>.</summary>
    public RandomNumberGenerator Source { get; }

    /// <summary>A fresh passphrase; dispose it to clear it.</summary>
    public GeneratedPassphrase Generate()
    {
        // 16 entropy bytes plus the first hash byte, whose top 4 bits are the checksum.
        var bits = new byte[EntropyBytes + 1];
        var hash = new byte[SHA256.HashSizeInBytes];
        try
        {
            Source.GetBytes(bits, 0, EntropyBytes);
            SHA256.HashData(bits.AsSpan(0, EntropyBytes), hash);
            bits[EntropyBytes] = hash[0];

            var indexes = new int[WordCount];
            for (var word = 0; word < WordCount; word++)
            {
                var index = 0;
                for (var bit = word * BitsPerWord; bit < (word + 1) * BitsPerWord; bit++)
                {
                    index = (index << 1) | ((bits[bit / 8] >> (7 - (bit % 8))) & 1);
                }

                indexes[word] = index;
            }

            return new GeneratedPassphrase(indexes, Wordlist.English);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(bits);
            CryptographicOperations.ZeroMemory(hash);
        }
    }
}
