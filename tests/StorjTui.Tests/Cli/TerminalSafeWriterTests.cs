using System.Text.Json;
using StorjTui.Cli;

namespace StorjTui.Tests.Cli;

/// <summary>The guard every command's stdout and stderr pass through.</summary>
public sealed class TerminalSafeWriterTests
{
    // What the CLI's --json output uses: it leaves bidi characters raw.
    private static readonly JsonSerializerOptions Relaxed = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    [Fact]
    public void Escape_sequences_and_bidi_overrides_are_shown_and_line_feeds_kept()
    {
        var inner = new StringWriter();
        using var writer = new TerminalSafeWriter(inner);

        writer.WriteLine("a \u001b]0;pwned\u0007 b\u202E");
        writer.Write('\u001b');
        writer.Write("[2J\r\n".ToCharArray(), 0, 5);

        Assert.Equal("a ␛]0;pwned␇ b\\u202E\n␛[2J␍\n", inner.ToString());
    }

    [Fact]
    public void Characters_written_one_at_a_time_keep_surrogate_pairs_whole()
    {
        var inner = new StringWriter();
        using var writer = new TerminalSafeWriter(inner);

        foreach (var c in "日本 😀 \U000E0001")
        {
            writer.Write(c);
        }
        writer.Flush();

        Assert.Equal("日本 😀 \\uDB40\\uDC01", inner.ToString());
    }

    [Fact]
    public void Json_with_a_bidi_override_stays_json_with_the_same_value()
    {
        var inner = new StringWriter();
        using var writer = new TerminalSafeWriter(inner);
        const string name = "rtl\u202Egpj.exe \u200B\u2066";

        writer.Write(JsonSerializer.Serialize(new { name }, Relaxed));

        using var json = JsonDocument.Parse(inner.ToString());
        Assert.Equal(name, json.RootElement.GetProperty("name").GetString());
        Assert.DoesNotContain('\u202E', inner.ToString());
    }
}
