namespace StorjTui.Storj.Grants;

/// <summary>
/// Minimal protobuf writer for the few Storj messages we write. Callers write fields in ascending number
/// order and skip zero values, which is exactly what Storj's writers produce.
/// </summary>
internal sealed class ProtoWriter
{
    private readonly List<byte> _buffer = [];

    public byte[] ToArray() => [.. _buffer];

    public void WriteBool(int field, bool value)
    {
        if (value)
        {
            WriteTag(field, 0);
            _buffer.Add(1);
        }
    }

    /// <summary>int32 and enums: negative values are sign-extended to ten bytes, as protobuf does.</summary>
    public void WriteInt32(int field, int value)
    {
        if (value != 0)
        {
            WriteTag(field, 0);
            WriteVarint(unchecked((ulong)(long)value));
        }
    }

    public void WriteInt64(int field, long value)
    {
        if (value != 0)
        {
            WriteTag(field, 0);
            WriteVarint(unchecked((ulong)value));
        }
    }

    /// <summary>Writes a bytes or string field; empty values are omitted.</summary>
    public void WriteBytes(int field, ReadOnlySpan<byte> value)
    {
        if (!value.IsEmpty)
        {
            WriteMessage(field, value);
        }
    }

    /// <summary>Writes an embedded message, even when it is empty.</summary>
    public void WriteMessage(int field, ReadOnlySpan<byte> message)
    {
        WriteTag(field, 2);
        WriteVarint((ulong)message.Length);
        foreach (var b in message)
        {
            _buffer.Add(b);
        }
    }

    private void WriteTag(int field, int wireType) => WriteVarint(((ulong)field << 3) | (uint)wireType);

    private void WriteVarint(ulong value)
    {
        while (value >= 0x80)
        {
            _buffer.Add((byte)(value | 0x80));
            value >>= 7;
        }

        _buffer.Add((byte)value);
    }
}
