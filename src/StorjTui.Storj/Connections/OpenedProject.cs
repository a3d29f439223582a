using System.Security.Cryptography;
using StorjTui.Storj.Console;

namespace StorjTui.Storj.Connections;

/// <summary>A project opened for creating accesses: its config (salt, managed passphrase) and the passphrase typed for it.</summary>
internal sealed record OpenedProject(ProjectConfig Config, byte[]? Passphrase) : IDisposable
{
    public void Dispose()
    {
        Config.Dispose();
        if (Passphrase is not null)
        {
            CryptographicOperations.ZeroMemory(Passphrase);
        }
    }

    public override string ToString() => "OpenedProject";
}
