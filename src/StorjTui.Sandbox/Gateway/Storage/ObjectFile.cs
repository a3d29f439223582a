using System.Buffers.Binary;
using System.Text.Json;

namespace StorjTui.Sandbox.Gateway.Storage;

/// <summary>
/// One object on disk: the body, then its <see cref="ObjectRecord"/> as JSON, its length (4 bytes) and a magic
/// (8 bytes). Body and record are one file, so one rename publishes both.
/// </summary>
internal static class ObjectFile
{
    private static readonly byte[] Magic = "SJTOBJ01"u8.ToArray();
    private const int TailSize = 12;

    /// <summary>
    /// Appends the record to a body file written by <see cref="BodyFile"/>. The file must still be there (never
    /// recreated): if something deleted it, this throws instead of publishing an object holding only a record.
    /// </summary>
    public static void AppendRecord(string path, ObjectRecord record)
    {
        var json = JsonSerializer.SerializeToUtf8Bytes(record, SandboxJsonContext.Default.ObjectRecord);
        using var file = new FileStream(path, FileMode.Open, FileAccess.Write, FileShare.None);
        if (file.Length != record.Size)
        {
            throw new IOException("A body file in the temp folder is not the size that was written; it was replaced or cut.");
        }
        file.Seek(0, SeekOrigin.End);
        file.Write(json);
        Span<byte> tail = stackalloc byte[TailSize];
        BinaryPrimitives.WriteInt32LittleEndian(tail, json.Length);
        Magic.CopyTo(tail[4..]);
        file.Write(tail);
        file.Flush(flushToDisk: true);
    }

    /// <summary>The record at the end of <paramref name="path"/>, or null when the file is not a complete object.</summary>
    public static ObjectRecord? ReadRecord(string path)
    {
        try
        {
            using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            if (file.Length < TailSize)
            {
                return null;
            }
            Span<byte> tail = stackalloc byte[TailSize];
            file.Seek(-TailSize, SeekOrigin.End);
            file.ReadExactly(tail);
            var length = BinaryPrimitives.ReadInt32LittleEndian(tail);
            if (!tail[4..].SequenceEqual(Magic) || length <= 0 || length > file.Length - TailSize)
            {
                return null;
            }
            var json = new byte[length];
            file.Seek(-TailSize - length, SeekOrigin.End);
            file.ReadExactly(json);
            var record = JsonSerializer.Deserialize(json, SandboxJsonContext.Default.ObjectRecord);
            if (record is null || record.Size != file.Length - TailSize - length)
            {
                return null;
            }
            record.File = path;
            return record;
        }
        catch (Exception e) when (e is IOException or JsonException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
