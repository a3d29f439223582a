using System.Security.Cryptography;
using BenchmarkDotNet.Attributes;
using StorjTui.Core.Passphrases;

namespace StorjTui.Benchmarks;

/// <summary>One generated 12-word passphrase: OS CSPRNG, checksum, words, and its UTF-8 bytes (what the flow uses).</summary>
[MemoryDiagnoser]
public class PassphraseBenchmarks
{
    private readonly PassphraseGenerator _generator = new();

    [Benchmark(Description = "passphrase: generate one")]
    public int Generate()
    {
        using var phrase = _generator.Generate();
        var bytes = phrase.ToUtf8Bytes();
        var length = bytes.Length;
        CryptographicOperations.ZeroMemory(bytes);
        return length;
    }
}
