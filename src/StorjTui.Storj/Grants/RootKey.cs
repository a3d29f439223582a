using System.Security.Cryptography;

namespace StorjTui.Storj.Grants;

/// <summary>
/// Storj's root-key derivation (<c>encryption.DeriveRootKey</c> with an empty path): <c>mixed =
/// HMAC-SHA256(passphrase, salt)</c>, <c>pathSalt = HMAC-SHA256(mixed, "")</c>, key = Argon2id(passphrase,
/// pathSalt, t=1, m=64 MiB, p=threads, 32 bytes). The thread count changes the key: uplink and the console use 8.
/// </summary>
public static class RootKey
{
    private static readonly Lazy<IArgon2id> Chosen = new(() => (IArgon2id?)NativeArgon2id.TryLoad() ?? new ManagedArgon2id());

    /// <summary>The implementation in use: libargon2 when it loads, else the managed one.</summary>
    public static IArgon2id Argon2 => Chosen.Value;

    /// <summary>
    /// Derives the 32-byte root key with <see cref="Argon2"/>. The caller clears the result after use.
    /// Throws <see cref="ArgumentException"/> for an empty passphrase.
    /// </summary>
    public static byte[] Derive(ReadOnlySpan<byte> passphrase, ReadOnlySpan<byte> salt, int threads = 8) =>
        Derive(passphrase, salt, threads, Argon2);

    /// <summary>Derives the 32-byte root key with a given Argon2id implementation.</summary>
    public static byte[] Derive(ReadOnlySpan<byte> passphrase, ReadOnlySpan<byte> salt, int threads, IArgon2id argon2)
    {
        ArgumentNullException.ThrowIfNull(argon2);
        ArgumentOutOfRangeException.ThrowIfLessThan(threads, 1);

        // The console refuses an empty passphrase, and the managed Argon2id cannot hash one.
        if (passphrase.IsEmpty)
        {
            throw new ArgumentException("The encryption passphrase is empty.", nameof(passphrase));
        }
        Span<byte> mixed = stackalloc byte[32];
        Span<byte> pathSalt = stackalloc byte[32];
        try
        {
            HMACSHA256.HashData(passphrase, salt, mixed);
            HMACSHA256.HashData(mixed, ReadOnlySpan<byte>.Empty, pathSalt);
            var key = new byte[32];
            argon2.Hash(passphrase, pathSalt, 1, 64 * 1024, threads, key);
            return key;
        }
        finally
        {
            CryptographicOperations.ZeroMemory(mixed);
            CryptographicOperations.ZeroMemory(pathSalt);
        }
    }
}
