using System.Security.Cryptography;

namespace StorjTui.Core.Bundles;

/// <summary>One file of a bundle: its name (no folder) and its bytes. Dispose clears the bytes.</summary>
public sealed class BundleFile : IDisposable
{
    /// <summary>Creates a file entry; the bundle file takes ownership of <paramref name="content"/>.</summary>
    public BundleFile(string fileName, byte[] content)
    {
        ArgumentException.ThrowIfNullOrEmpty(fileName);
        ArgumentNullException.ThrowIfNull(content);
        FileName = fileName;
        Content = content;
    }

    /// <summary>The file name, already sanitised.</summary>
    public string FileName { get; }

    /// <summary>The bytes to write (secret).</summary>
    public byte[] Content { get; }

    /// <summary>Clears <see cref="Content"/>.</summary>
    public void Dispose() => CryptographicOperations.ZeroMemory(Content);

    /// <summary>Never prints the content.</summary>
    public override string ToString() => FileName;
}
