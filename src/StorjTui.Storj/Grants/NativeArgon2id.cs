using System.Runtime.InteropServices;
using System.Security.Cryptography;

namespace StorjTui.Storj.Grants;

/// <summary>
/// Argon2id through the system's reference C library (<c>argon2id_hash_raw</c> in <c>libargon2.so.1</c>,
/// Debian/Ubuntu package libargon2-1). Looked up once at run time, so a missing library is not an error
/// until <see cref="TryLoad"/> says so.
/// </summary>
public sealed unsafe class NativeArgon2id : IArgon2id
{
    /// <summary>The exact file name: the unversioned .so exists only with the -dev package.</summary>
    public const string LibraryName = "libargon2.so.1";

    private readonly delegate* unmanaged<uint, uint, uint, byte*, nuint, byte*, nuint, byte*, nuint, int> _hashRaw;

    private NativeArgon2id(IntPtr function) =>
        _hashRaw = (delegate* unmanaged<uint, uint, uint, byte*, nuint, byte*, nuint, byte*, nuint, int>)function;

    /// <inheritdoc />
    public string Name => "libargon2";

    /// <summary>Loads the library; null when it or the function is missing.</summary>
    public static NativeArgon2id? TryLoad()
    {
        if (!NativeLibrary.TryLoad(LibraryName, out var library))
        {
            return null;
        }

        return NativeLibrary.TryGetExport(library, "argon2id_hash_raw", out var function) ? new NativeArgon2id(function) : null;
    }

    /// <inheritdoc />
    public void Hash(ReadOnlySpan<byte> password, ReadOnlySpan<byte> salt, int iterations, int memoryKiB, int parallelism, Span<byte> output)
    {
        int result;
        fixed (byte* pwd = password)
        fixed (byte* s = salt)
        fixed (byte* o = output)
        {
            result = _hashRaw((uint)iterations, (uint)memoryKiB, (uint)parallelism, pwd, (nuint)password.Length, s, (nuint)salt.Length, o, (nuint)output.Length);
        }

        if (result != 0)
        {
            throw new CryptographicException($"libargon2 failed with code {result}");
        }
    }
}
