using StorjTui.Cli;
using StorjTui.Storj.Grants;

namespace StorjTui.Tests.Cli;

public sealed class GoJsonWriterTests
{
    [Fact]
    public void Escapes_strings_as_gos_encoding_json_does()
    {
        var json = new GoJsonWriter();
        json.Utf8String([.. "a<b>&\"\\\n\t\b\f\u0001\u007f"u8, 0xe2, 0x80, 0xa8, .. "é"u8, 0xff, 0xe2, 0x82, .. "z"u8]);
        // Go: HTML characters, U+2028 and control bytes as \u escapes (lowercase hex); DEL and é as they are;
        // every byte of an invalid or truncated sequence replaced on its own.
        Assert.Equal("\"a\\u003cb\\u003e\\u0026\\\"\\\\\\n\\t\\b\\f\\u0001\u007f\\u2028é\\ufffd\\ufffd\\ufffdz\"", json.ToString());
    }

    [Fact]
    public void Lays_out_like_MarshalIndent_with_two_spaces()
    {
        var json = new GoJsonWriter();
        json.StartObject();
        json.Name("a");
        json.StartArray();
        json.EndArray();
        json.Name("b");
        json.StartObject();
        json.EndObject();
        json.Name("c");
        json.StartArray();
        json.Number(-1);
        json.Bool(true);
        json.EndArray();
        json.EndObject();
        Assert.Equal("{\n  \"a\": [],\n  \"b\": {},\n  \"c\": [\n    -1,\n    true\n  ]\n}", json.ToString());
    }

    [Theory]
    [InlineData(0L, 0, "1970-01-01T00:00:00Z")]
    [InlineData(1_767_268_800L, 123_000_000, "2026-01-01T12:00:00.123Z")]
    [InlineData(1_767_268_800L, 1, "2026-01-01T12:00:00.000000001Z")]
    [InlineData(-1L, 500_000_000, "1969-12-31T23:59:59.5Z")]
    [InlineData(951_782_400L, 0, "2000-02-29T00:00:00Z")]
    [InlineData(-62_135_596_800L, 0, "0001-01-01T00:00:00Z")]
    [InlineData(-62_167_219_200L, 0, "0000-01-01T00:00:00Z")]
    [InlineData(253_402_300_799L, 999_999_999, "9999-12-31T23:59:59.999999999Z")]
    public void Formats_caveat_times_as_go_time_json_in_utc(long seconds, int nanos, string expected)
    {
        Assert.Equal(expected, GoTimeText.Format(new CaveatTimestamp(seconds, nanos)));
    }

    [Theory]
    [InlineData(-62_167_219_201L)]
    [InlineData(253_402_300_800L)]
    [InlineData(long.MaxValue)]
    public void Refuses_years_go_cannot_print(long seconds)
    {
        Assert.Throws<InvalidGrantDataException>(() => GoTimeText.Format(new CaveatTimestamp(seconds, 0)));
    }
}
