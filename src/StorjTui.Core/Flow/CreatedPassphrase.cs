using System.Security.Cryptography;

namespace StorjTui.Core.Flow;

/// <summary>
/// A passphrase generated in the create flow, kept past creation for the result screen: it appears only once, like
/// the keys, so the screen counts it unsaved until it was copied or downloaded, and Download all saves it. The bytes
/// are cleared when the result closes (<see cref="Dispose"/>); they never appear in <see cref="ToString"/>.
/// </summary>
public sealed class CreatedPassphrase : IDisposable
{
    private readonly byte[] _utf8;

    internal CreatedPassphrase(byte[] utf8, bool saved)
    {
        _utf8 = utf8;
        Saved = saved;
    }

    /// <summary>True once it was copied or downloaded (on the generated-passphrase screen or the result screen).</summary>
    public bool Saved { get; private set; }

    public void MarkSaved() => Saved = true;

    /// <summary>A copy of the UTF-8 passphrase; the caller clears it after use.</summary>
    public byte[] Copy() => _utf8.ToArray();

    public void Dispose() => CryptographicOperations.ZeroMemory(_utf8);

    public override string ToString() => $"CreatedPassphrase {{ Saved = {Saved} }}";
}
