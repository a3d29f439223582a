using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using BenchmarkDotNet.Attributes;
using StorjTui.Storj.Grants;

namespace StorjTui.Benchmarks;

/// <summary>
/// Storj's root-key derivation (Argon2id t=1, 64 MiB, p=8, 32 bytes) through libargon2 and through the managed
/// fallback, against Debian's reference C <c>argon2</c> command on the same parameters (that one includes
/// starting a process, about a millisecond; measure.sh also times it with hyperfine).
/// </summary>
[MemoryDiagnoser]
public class RootKeyBenchmarks
{
    private readonly byte[] _passphrase = Encoding.UTF8.GetBytes("benchmark passphrase, not a secret");
    private readonly byte[] _salt = RandomNumberGenerator.GetBytes(32);
    private readonly ManagedArgon2id _managed = new();
    private NativeArgon2id? _native;

    [GlobalSetup]
    public void Setup() => _native = NativeArgon2id.TryLoad();

    [Benchmark(Baseline = true, Description = "root key: libargon2 (P/Invoke)")]
    public byte[] Native() => RootKey.Derive(_passphrase, _salt, 8, _native ?? throw new InvalidOperationException($"{NativeArgon2id.LibraryName} is not installed (apt-get install libargon2-1)."));

    [Benchmark(Description = "root key: managed (Konscious)")]
    public byte[] Managed() => RootKey.Derive(_passphrase, _salt, 8, _managed);

    [Benchmark(Description = "reference C: argon2 CLI process")]
    public int ReferenceCommand()
    {
        var start = new ProcessStartInfo("argon2", ["benchmarksalt", "-id", "-t", "1", "-m", "16", "-p", "8", "-l", "32", "-r"])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException("argon2 did not start (apt-get install argon2).");
        process.StandardInput.BaseStream.Write(_passphrase);
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return output.Length;
    }
}
