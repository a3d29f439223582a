using System.Security.Cryptography;
using StorjTui.Core.Access;

namespace StorjTui.Storj.Connections;

/// <summary>
/// The passphrase (a private copy, cleared on dispose), salt and path encryption one creation uses, chosen as the
/// console chooses: the satellite-managed passphrase when the project has one, else the current or the new one.
/// </summary>
internal sealed record CreationSecrets(byte[]? Passphrase, byte[]? Salt, bool EncryptPath) : IDisposable
{
    /// <summary>For the API Key type: no passphrase at all.</summary>
    public static CreationSecrets None => new(null, null, false);

    public static CreationSecrets For(OpenedProject open, AccessRequest request)
    {
        byte[] passphrase;
        if (open.Config.HasManagedPassphrase)
        {
            passphrase = open.Config.ManagedPassphrase!; // the console skips the passphrase step for these projects
        }
        else if (request.PassphraseChoice == PassphraseChoice.UseCurrent)
        {
            passphrase = open.Passphrase ?? throw new InvalidAccessRequestException(
                "No project passphrase was entered. Open the project with its passphrase, or choose Advanced and enter a new one.");
        }
        else
        {
            passphrase = request.Passphrase is { Length: > 0 } given ? given : throw new InvalidAccessRequestException("Enter the new passphrase.");
        }
        return new CreationSecrets((byte[])passphrase.Clone(), open.Config.Salt, open.Config.EncryptPath);
    }

    public void Dispose()
    {
        if (Passphrase is not null)
        {
            CryptographicOperations.ZeroMemory(Passphrase);
        }
    }

    public override string ToString() => "CreationSecrets";
}
