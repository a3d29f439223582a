namespace StorjTui.Storj.Grants;

/// <summary>
/// Protobuf <c>EncryptionParameters</c> (<c>1 cipher_suite</c>, <c>2 block_size</c>). Storj's writers leave it
/// unset in grants; it is parsed and written back when present so nothing is lost.
/// </summary>
public sealed record EncryptionParameters(CipherSuite CipherSuite, long BlockSize)
{
    internal byte[] ToBytes()
    {
        var writer = new ProtoWriter();
        writer.WriteInt32(1, (int)CipherSuite);
        writer.WriteInt64(2, BlockSize);
        return writer.ToArray();
    }

    internal static EncryptionParameters Read(ReadOnlySpan<byte> data, EncryptionParameters? merged)
    {
        var cipher = merged?.CipherSuite ?? CipherSuite.Unspecified;
        var blockSize = merged?.BlockSize ?? 0;
        var reader = new ProtoReader(data);
        while (reader.Next())
        {
            switch (reader.Field)
            {
                case 1:
                    cipher = (CipherSuite)reader.ReadInt32();
                    break;
                case 2:
                    blockSize = reader.ReadInt64();
                    break;
                default:
                    reader.Skip();
                    break;
            }
        }

        return new EncryptionParameters(cipher, blockSize);
    }
}
