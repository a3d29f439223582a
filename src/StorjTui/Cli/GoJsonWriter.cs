using System.Globalization;
using System.Text;

namespace StorjTui.Cli;

/// <summary>
/// Writes JSON exactly as Go's <c>json.MarshalIndent(v, "", "  ")</c> does, so output matches what uplink
/// prints byte for byte: two-space indent, <c>"key": value</c>, <c>{}</c>/<c>[]</c> when empty, and Go's string
/// escaping (HTML characters and U+2028/U+2029 as <c>\u</c> escapes, each invalid UTF-8 byte as <c>\ufffd</c>).
/// </summary>
internal sealed class GoJsonWriter
{
    private readonly StringBuilder _text = new();
    // One entry per open object or array: whether it has members yet.
    private readonly Stack<bool> _open = new();
    private bool _afterName;

    public void StartObject() => Start('{');

    public void EndObject() => End('}');

    public void StartArray() => Start('[');

    public void EndArray() => End(']');

    public void Name(string name)
    {
        BeforeValue();
        AppendString(Encoding.UTF8.GetBytes(name));
        _text.Append(": ");
        _afterName = true;
    }

    public void String(string value) => Utf8String(Encoding.UTF8.GetBytes(value));

    /// <summary>A Go <c>string</c> made from raw bytes (which need not be valid UTF-8).</summary>
    public void Utf8String(ReadOnlySpan<byte> value)
    {
        BeforeValue();
        AppendString(value);
    }

    public void Bool(bool value)
    {
        BeforeValue();
        _text.Append(value ? "true" : "false");
    }

    public void Number(long value)
    {
        BeforeValue();
        _text.Append(value.ToString(CultureInfo.InvariantCulture));
    }

    public override string ToString() => _text.ToString();

    private void Start(char open)
    {
        BeforeValue();
        _text.Append(open);
        _open.Push(false);
    }

    private void End(char close)
    {
        if (_open.Pop())
        {
            NewLine(_open.Count);
        }
        _text.Append(close);
    }

    private void BeforeValue()
    {
        if (_afterName)
        {
            _afterName = false;
            return;
        }
        if (_open.Count == 0)
        {
            return;
        }
        if (_open.Pop())
        {
            _text.Append(',');
        }
        _open.Push(true);
        NewLine(_open.Count);
    }

    private void NewLine(int depth) => _text.Append('\n').Append(' ', depth * 2);

    private void AppendString(ReadOnlySpan<byte> utf8)
    {
        _text.Append('"');
        while (!utf8.IsEmpty)
        {
            byte b = utf8[0];
            if (b < 0x80)
            {
                AppendAscii((char)b);
                utf8 = utf8[1..];
                continue;
            }
            // Go decodes rune by rune and replaces each byte of an invalid sequence on its own.
            if (Rune.DecodeFromUtf8(utf8, out Rune rune, out int consumed) != System.Buffers.OperationStatus.Done)
            {
                _text.Append("\\ufffd");
                utf8 = utf8[1..];
                continue;
            }
            if (rune.Value is 0x2028 or 0x2029)
            {
                _text.Append(CultureInfo.InvariantCulture, $"\\u{rune.Value:x4}");
            }
            else
            {
                _text.Append(rune.ToString());
            }
            utf8 = utf8[consumed..];
        }
        _text.Append('"');
    }

    private void AppendAscii(char c)
    {
        switch (c)
        {
            case '"':
                _text.Append("\\\"");
                break;
            case '\\':
                _text.Append("\\\\");
                break;
            case '\b':
                _text.Append("\\b");
                break;
            case '\f':
                _text.Append("\\f");
                break;
            case '\n':
                _text.Append("\\n");
                break;
            case '\r':
                _text.Append("\\r");
                break;
            case '\t':
                _text.Append("\\t");
                break;
            case < ' ' or '<' or '>' or '&':
                _text.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:x4}");
                break;
            default:
                _text.Append(c);
                break;
        }
    }
}
