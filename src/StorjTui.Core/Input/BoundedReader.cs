using System.Security.Cryptography;
using System.Text;

namespace StorjTui.Core.Input;

/// <summary>
/// The one way the app reads a whole input — stdin, a grant or key file, a saved bundle, config.json. Every read
/// stops one unit past its limit, so an endless stream (<c>/dev/zero</c>) or a huge file is refused with
/// <see cref="InputTooLargeException"/> at once, in bounded memory, instead of filling the machine.
/// </summary>
public static class BoundedReader
{
    /// <summary>An access grant, API key or REST key: a few KB at most; 64 KiB leaves room for any caveats.</summary>
    public const int SecretBytes = 64 * 1024;

    /// <summary>A saved credential bundle (.json, .env, .txt) is a few hundred bytes.</summary>
    public const int BundleBytes = 64 * 1024;

    /// <summary>An encryption passphrase.</summary>
    public const int PassphraseBytes = 1024;

    /// <summary>config.json, uplink's access.json and other settings files (also the aws and rclone files merged into).</summary>
    public const int SettingsBytes = 1024 * 1024;

    /// <summary>A small file the app keeps for itself (saved session, pending creation record, last connection): a few hundred bytes.</summary>
    public const int AppRecordBytes = 64 * 1024;

    /// <summary>The sandbox's state and credential files: they grow with the keys made in it, but stay far below this.</summary>
    public const int SandboxStateBytes = 16 * 1024 * 1024;

    /// <summary>Reads a file's bytes; <paramref name="what"/> names it in the message ("config.json", "the bundle F").</summary>
    /// <exception cref="InputTooLargeException">The file holds more than <paramref name="limitBytes"/>.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="UnauthorizedAccessException">The file may not be read.</exception>
    public static byte[] ReadFile(string path, int limitBytes, string what)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        // Opening a folder fails as "Access denied", which sends people after permissions that are fine.
        if (Directory.Exists(path))
        {
            throw new IOException($"{path} is a folder, not a file.");
        }

        // Length is not trusted: devices and pipes report 0 and never end.
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 1, FileOptions.SequentialScan);
        return Read(stream, limitBytes, what);
    }

    /// <summary>Reads a UTF-8 text file (a byte-order mark is dropped).</summary>
    public static string ReadFileText(string path, int limitBytes, string what)
    {
        var bytes = ReadFile(path, limitBytes, what);
        try
        {
            return Text(bytes);
        }
        finally
        {
            // The file may hold a secret; the string is what the caller asked for, the bytes need not linger.
            CryptographicOperations.ZeroMemory(bytes);
        }
    }

    /// <summary>Reads a stream to its end.</summary>
    /// <exception cref="InputTooLargeException">The stream holds more than <paramref name="limitBytes"/>.</exception>
    public static byte[] Read(Stream stream, int limitBytes, string what)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limitBytes);
        var buffer = new byte[Math.Min(limitBytes + 1, 16 * 1024)];
        var length = 0;
        try
        {
            int read;
            while ((read = stream.Read(buffer, length, buffer.Length - length)) > 0)
            {
                length += read;
                if (length > limitBytes)
                {
                    throw InputTooLargeException.For(what, limitBytes);
                }

                if (length == buffer.Length)
                {
                    var larger = new byte[Math.Min(limitBytes + 1, buffer.Length * 2)];
                    buffer.AsSpan(0, length).CopyTo(larger);
                    CryptographicOperations.ZeroMemory(buffer);
                    buffer = larger;
                }
            }

            return buffer.AsSpan(0, length).ToArray();
        }
        finally
        {
            CryptographicOperations.ZeroMemory(buffer);
        }
    }

    /// <summary>Reads text to its end (stdin), at most <paramref name="limitChars"/> characters.</summary>
    /// <exception cref="InputTooLargeException">There is more.</exception>
    public static string ReadText(TextReader reader, int limitChars, string what)
    {
        var buffer = ReadChars(reader, limitChars, what, out var length);
        try
        {
            return new string(buffer, 0, length);
        }
        finally
        {
            SecretBuffer.Clear(buffer);
        }
    }

    /// <summary>
    /// Reads text to its end into a character buffer the caller clears (for passphrases, which never become
    /// strings); the text is the first <paramref name="length"/> characters.
    /// </summary>
    /// <exception cref="InputTooLargeException">There are more than <paramref name="limitChars"/> characters.</exception>
    public static char[] ReadChars(TextReader reader, int limitChars, string what, out int length)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limitChars);
        // One more than the limit, so "exactly at the limit" and "more" can be told apart.
        var buffer = new char[limitChars + 1];
        length = 0;
        int read;
        while ((read = reader.Read(buffer.AsSpan(length))) > 0)
        {
            length += read;
            if (length > limitChars)
            {
                SecretBuffer.Clear(buffer);
                throw InputTooLargeException.For(what, limitChars);
            }
        }

        return buffer;
    }

    /// <summary>A limit for messages: "64 KiB", "1 MiB", or bytes when smaller than 1 KiB.</summary>
    public static string Describe(int limitBytes) => limitBytes switch
    {
        >= 1024 * 1024 when limitBytes % (1024 * 1024) == 0 => $"{limitBytes / (1024 * 1024)} MiB",
        >= 1024 => $"{limitBytes / 1024} KiB",
        _ => $"{limitBytes} bytes",
    };

    private static string Text(byte[] bytes)
    {
        ReadOnlySpan<byte> span = bytes;
        if (span.StartsWith("\uFEFF"u8))
        {
            span = span[3..];
        }

        return Encoding.UTF8.GetString(span);
    }
}
