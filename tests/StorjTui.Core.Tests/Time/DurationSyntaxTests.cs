using StorjTui.Core.Time;

namespace StorjTui.Core.Tests.Time;

public class DurationSyntaxTests
{
    [Theory]
    [InlineData("720h", 720 * 3600)]
    [InlineData("+90m", 90 * 60)]
    [InlineData("30d", 30 * 86400)]
    [InlineData(" 1h30m15s ", 5415)]
    public void Bare_durations_read_like_go(string text, int seconds)
    {
        Assert.Equal(TimeSpan.FromSeconds(seconds), TimeSyntax.ParseDuration(text));
    }

    [Theory]
    [InlineData("1mo", "'1mo' is not a duration: use 90m, 2h30m, 720h or 30d.")]
    [InlineData("-5m", "'-5m' is not a duration: use 90m, 2h30m, 720h or 30d.")]
    [InlineData("", "'' is not a duration: use 90m, 2h30m, 720h or 30d.")]
    [InlineData("99999999999d", "'99999999999d' is too long a duration.")]
    public void Bad_durations_say_what_to_type(string text, string message)
    {
        Assert.Equal(message, Assert.Throws<InvalidTimeException>(() => TimeSyntax.ParseDuration(text)).Message);
    }
}
