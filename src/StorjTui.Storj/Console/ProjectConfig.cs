using System.Security.Cryptography;

namespace StorjTui.Storj.Console;

/// <summary>
/// <c>GET /api/v0/projects/{id}/config</c>: how the project encrypts, its salt, and — for projects whose
/// passphrase the satellite manages — that passphrase as UTF-8 bytes. Never shown, never logged; call
/// <see cref="Dispose"/> to clear it.
/// </summary>
public sealed class ProjectConfig : IDisposable
{
    public ProjectConfig(bool hasManagedPassphrase, bool encryptPath, byte[] salt, byte[]? managedPassphrase)
    {
        HasManagedPassphrase = hasManagedPassphrase;
        EncryptPath = encryptPath;
        Salt = salt;
        ManagedPassphrase = managedPassphrase;
    }

    public bool HasManagedPassphrase { get; }

    /// <summary>False means object keys are not encrypted (path cipher NULL in grants).</summary>
    public bool EncryptPath { get; }

    public byte[] Salt { get; }

    /// <summary>The satellite-managed passphrase (UTF-8), only when <see cref="HasManagedPassphrase"/>.</summary>
    public byte[]? ManagedPassphrase { get; }

    public void Dispose()
    {
        if (ManagedPassphrase is not null)
        {
            CryptographicOperations.ZeroMemory(ManagedPassphrase);
        }
    }

    public override string ToString() => $"ProjectConfig {{ HasManagedPassphrase = {HasManagedPassphrase}, EncryptPath = {EncryptPath} }}";
}
