using System.Security.Cryptography;
using System.Text;
using NBitcoin;

namespace StorjTui.Core.Passphrases;

/// <summary>
/// A generated passphrase, kept as word indexes so no string of the whole phrase exists until a caller asks
/// for one. The words themselves are the public BIP-39 list; only their order is secret. Dispose clears it.
/// </summary>
public sealed class GeneratedPassphrase : IDisposable
{
    private readonly int[] _indexes;
    private readonly Wordlist _wordlist;
    private bool _disposed;

    internal GeneratedPassphrase(int[] indexes, Wordlist wordlist)
    {
        _indexes = indexes;
        _wordlist = wordlist;
    }

    /// <summary>Number of words.</summary>
    public int WordCount => _indexes.Length;

    /// <summary>The word at <paramref name="position"/> (0-based), from the shared word list (no new string).</summary>
    public string WordAt(int position)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        return _wordlist.GetWordAtIndex(_indexes[position]);
    }

    /// <summary>The phrase as UTF-8 (words joined by single spaces): what key derivation takes. The caller clears it.</summary>
    public byte[] ToUtf8Bytes()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        var length = WordCount - 1;
        for (var i = 0; i < WordCount; i++)
        {
            length += Encoding.UTF8.GetByteCount(WordAt(i));
        }

        var bytes = new byte[length];
        var offset = 0;
        for (var i = 0; i < WordCount; i++)
        {
            if (i > 0)
            {
                bytes[offset++] = (byte)' ';
            }

            offset += Encoding.UTF8.GetBytes(WordAt(i), bytes.AsSpan(offset));
        }

        return bytes;
    }

    /// <summary>Writes the phrase word by word, so no string of the whole phrase is made.</summary>
    public void WriteTo(TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        for (var i = 0; i < WordCount; i++)
        {
            if (i > 0)
            {
                writer.Write(' ');
            }

            writer.Write(WordAt(i));
        }
    }

    /// <summary>
    /// The whole phrase as a string, for views that need one (a string cannot be cleared; prefer
    /// <see cref="WriteTo"/> or <see cref="ToUtf8Bytes"/>).
    /// </summary>
    public string Reveal()
    {
        using var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        WriteTo(writer);
        return writer.ToString();
    }

    /// <summary>Clears the word indexes.</summary>
    public void Dispose()
    {
        CryptographicOperations.ZeroMemory(System.Runtime.InteropServices.MemoryMarshal.AsBytes(_indexes.AsSpan()));
        _disposed = true;
    }

    /// <summary>Never prints the words.</summary>
    public override string ToString() => $"{WordCount}-word passphrase (hidden)";
}
