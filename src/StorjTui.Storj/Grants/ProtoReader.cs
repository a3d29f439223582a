namespace StorjTui.Storj.Grants;

/// <summary>
/// Minimal protobuf reader: walks fields in any order, lets the caller read the ones it knows and skips
/// the rest (groups included). Malformed input raises <see cref="ProtoFormatException"/>, which each public
/// parser turns into its own typed error.
/// </summary>
internal ref struct ProtoReader
{
    private const int MaxGroupDepth = 64;
    private ReadOnlySpan<byte> _data;

    public ProtoReader(ReadOnlySpan<byte> data) => _data = data;

    public int Field { get; private set; }

    public int WireType { get; private set; }

    /// <summary>Moves to the next field; false at the end of the message.</summary>
    public bool Next()
    {
        if (_data.IsEmpty)
        {
            return false;
        }

        var tag = ReadVarint();
        var field = tag >> 3;
        if (field == 0 || field > 536_870_911)
        {
            throw new ProtoFormatException("invalid field number");
        }

        Field = (int)field;
        WireType = (int)(tag & 7);
        return true;
    }

    public bool ReadBool() => Varint() == 1;

    public int ReadInt32() => unchecked((int)Varint());

    public long ReadInt64() => unchecked((long)Varint());

    public ReadOnlySpan<byte> ReadBytes()
    {
        Expect(2);
        return ReadLengthDelimited();
    }

    public void Skip() => SkipValue(Field, WireType, 0);

    private ulong Varint()
    {
        Expect(0);
        return ReadVarint();
    }

    private readonly void Expect(int wireType)
    {
        if (WireType != wireType)
        {
            throw new ProtoFormatException($"field {Field} has the wrong wire type");
        }
    }

    private ReadOnlySpan<byte> ReadLengthDelimited()
    {
        var length = ReadVarint();
        if (length > (ulong)_data.Length)
        {
            throw new ProtoFormatException("a field extends past the end of the data (truncated)");
        }

        var value = _data[..(int)length];
        _data = _data[(int)length..];
        return value;
    }

    private void SkipValue(int field, int wireType, int depth)
    {
        switch (wireType)
        {
            case 0:
                ReadVarint();
                break;
            case 1:
                Take(8);
                break;
            case 2:
                ReadLengthDelimited();
                break;
            case 5:
                Take(4);
                break;
            case 3:
                SkipGroup(field, depth);
                break;
            default:
                throw new ProtoFormatException("invalid wire type");
        }
    }

    private void SkipGroup(int field, int depth)
    {
        if (depth >= MaxGroupDepth)
        {
            throw new ProtoFormatException("groups nested too deeply");
        }

        while (true)
        {
            if (_data.IsEmpty)
            {
                throw new ProtoFormatException("a group extends past the end of the data (truncated)");
            }

            var tag = ReadVarint();
            var inner = tag >> 3;
            var wire = (int)(tag & 7);
            if (inner == 0 || inner > 536_870_911)
            {
                throw new ProtoFormatException("invalid field number");
            }

            if (wire == 4)
            {
                if ((int)inner != field)
                {
                    throw new ProtoFormatException("mismatched end of group");
                }

                return;
            }

            SkipValue((int)inner, wire, depth + 1);
        }
    }

    private void Take(int count)
    {
        if (_data.Length < count)
        {
            throw new ProtoFormatException("a field extends past the end of the data (truncated)");
        }

        _data = _data[count..];
    }

    private ulong ReadVarint()
    {
        ulong value = 0;
        for (var i = 0; i < 10; i++)
        {
            if (i >= _data.Length)
            {
                throw new ProtoFormatException("a number extends past the end of the data (truncated)");
            }

            var b = _data[i];
            if (i == 9 && b > 1)
            {
                throw new ProtoFormatException("a number overflows 64 bits");
            }

            value |= (ulong)(b & 0x7f) << (7 * i);
            if (b < 0x80)
            {
                _data = _data[(i + 1)..];
                return value;
            }
        }

        throw new ProtoFormatException("a number overflows 64 bits");
    }
}
