using System.Runtime.InteropServices;
using System.Security.Cryptography;

namespace StorjTui.Core.Input;

/// <summary>The one way to overwrite a buffer that held a secret (a passphrase, password, key or grant) once it is used.</summary>
public static class SecretBuffer
{
    /// <summary>Overwrites <paramref name="bytes"/> with zeros; null (nothing was given) is nothing to clear.</summary>
    public static void Clear(byte[]? bytes)
    {
        if (bytes is not null)
        {
            CryptographicOperations.ZeroMemory(bytes);
        }
    }

    /// <summary>Overwrites a character buffer with zeros.</summary>
    public static void Clear(char[] buffer)
    {
        ArgumentNullException.ThrowIfNull(buffer);
        CryptographicOperations.ZeroMemory(MemoryMarshal.AsBytes(buffer.AsSpan()));
    }
}
