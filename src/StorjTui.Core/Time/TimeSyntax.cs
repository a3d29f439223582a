using System.Globalization;
using System.Text.RegularExpressions;

namespace StorjTui.Core.Time;

/// <summary>
/// The one time syntax of the whole app (uplink's, plus the console's presets): <c>none</c>, <c>now</c>,
/// <c>+</c>/<c>-</c> Go durations (<c>+90m</c>, <c>+2h30m</c>, <c>+7d</c>; <c>m</c> is minutes, <c>d</c> is
/// 24 hours), RFC 3339, a bare <c>YYYY-MM-DD</c> meaning 23:59:59 local time that day, and the presets
/// <c>1d</c>, <c>1w</c>, <c>1mo</c>, <c>1y</c>. The clock and the local zone are injected so results are
/// reproducible. Parsing does not judge whether a time is sensible for its use (an end date must be in the
/// future, a not-before may be in the past); the caller's rules do.
/// </summary>
public sealed partial class TimeSyntax
{
    private readonly TimeProvider _clock;
    private readonly TimeZoneInfo _localZone;

    public TimeSyntax(TimeProvider clock, TimeZoneInfo localZone)
    {
        ArgumentNullException.ThrowIfNull(clock);
        ArgumentNullException.ThrowIfNull(localZone);
        _clock = clock;
        _localZone = localZone;
    }

    /// <summary>The syntax on this machine's clock and time zone (what the app and the command line use).</summary>
    public static TimeSyntax Local => new(TimeProvider.System, TimeZoneInfo.Local);

    /// <summary>The spelling of a preset in this syntax (<c>1d</c>, <c>1w</c>, <c>1mo</c>, <c>1y</c>).</summary>
    public static string Spell(EndDatePreset preset) => preset switch
    {
        EndDatePreset.OneDay => "1d",
        EndDatePreset.OneWeek => "1w",
        EndDatePreset.OneMonth => "1mo",
        EndDatePreset.OneYear => "1y",
        _ => throw new ArgumentOutOfRangeException(nameof(preset), preset, "Unknown end date preset."),
    };

    /// <summary>
    /// Reads a bare Go duration such as <c>720h</c>, <c>90m</c> or <c>30d</c> (uplink's <c>--max-object-ttl</c>);
    /// a leading <c>+</c> is accepted so the same spelling works as for times.
    /// </summary>
    /// <exception cref="InvalidTimeException">The text is not a duration.</exception>
    public static TimeSpan ParseDuration(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var input = text.Trim();
        var digits = input.StartsWith('+') ? input[1..] : input;
        if (!GoDuration.TryParse(digits, out var duration, out var tooLarge))
        {
            throw new InvalidTimeException(tooLarge
                ? $"{Quote(input)} is too long a duration."
                : $"{Quote(input)} is not a duration: use 90m, 2h30m, 720h or 30d.");
        }

        return duration;
    }

    /// <summary>Reads a time; null for <c>none</c>.</summary>
    /// <exception cref="InvalidTimeException">The text is not in the syntax.</exception>
    public DateTimeOffset? Parse(string text) => ParseEndDate(text).Value;

    /// <summary>Reads an end date, remembering how it was given (preset, date, exact time, none).</summary>
    /// <exception cref="InvalidTimeException">The text is not in the syntax.</exception>
    public EndDate ParseEndDate(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var input = text.Trim();
        var shown = Quote(input);
        if (input.Length == 0)
        {
            throw new InvalidTimeException($"Enter a time: {InvalidTimeException.AcceptedForms}.");
        }

        if (input.Equals("none", StringComparison.OrdinalIgnoreCase))
        {
            return EndDate.None;
        }

        if (input.Equals("now", StringComparison.OrdinalIgnoreCase))
        {
            return EndDate.At(_clock.GetUtcNow(), _localZone);
        }

        if (input[0] is '+' or '-')
        {
            return EndDate.At(Relative(input, shown), _localZone);
        }

        foreach (var preset in Enum.GetValues<EndDatePreset>())
        {
            if (input.Equals(Spell(preset), StringComparison.OrdinalIgnoreCase))
            {
                return EndDate.FromPreset(preset, _clock, _localZone);
            }
        }

        if (BareMinutes().IsMatch(input))
        {
            throw new InvalidTimeException($"{shown} is ambiguous: write +{input} for minutes from now, or 1mo for one month.");
        }

        if (BareDate().IsMatch(input))
        {
            if (!DateOnly.TryParseExact(input, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            {
                throw new InvalidTimeException($"{shown} is not a date: {InvalidTimeException.AcceptedForms}.");
            }

            return EndDate.OnDate(day, _localZone);
        }

        return EndDate.At(Rfc3339(input, shown), _localZone);
    }

    private DateTimeOffset Relative(string input, string shown)
    {
        if (!GoDuration.TryParse(input[1..], out var duration, out var tooLarge))
        {
            throw new InvalidTimeException(tooLarge
                ? $"{shown} is too far away: use a date instead."
                : $"{shown} is not a duration: use +90m, +2h30m, +1h30m15s or +7d.");
        }

        var now = _clock.GetUtcNow();
        try
        {
            return input[0] == '+' ? now.Add(duration) : now.Subtract(duration);
        }
        catch (ArgumentOutOfRangeException)
        {
            throw new InvalidTimeException($"{shown} is too far away: use a date instead.");
        }
    }

    private static DateTimeOffset Rfc3339(string input, string shown)
    {
        var match = DateAndTime().Match(input);
        if (!match.Success)
        {
            throw new InvalidTimeException($"{shown} is not a time: {InvalidTimeException.AcceptedForms}.");
        }

        if (!match.Groups["zone"].Success)
        {
            throw new InvalidTimeException($"{shown} has no time zone: add Z or an offset such as +01:00 (RFC 3339).");
        }

        // .NET reads at most 7 fraction digits; RFC 3339 allows any number (Go writes up to 9).
        var fraction = match.Groups["fraction"].Value;
        var normalized = $"{match.Groups["date"].Value}T{match.Groups["time"].Value}"
            + (fraction.Length > 0 ? "." + fraction[..Math.Min(7, fraction.Length)] : "")
            + match.Groups["zone"].Value.ToUpperInvariant();
        string[] formats = ["yyyy-MM-ddTHH:mm:ssK", "yyyy-MM-ddTHH:mm:ss.FFFFFFFK"];
        if (!DateTimeOffset.TryParseExact(normalized, formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var value))
        {
            throw new InvalidTimeException($"{shown} is not a valid date and time: {InvalidTimeException.AcceptedForms}.");
        }

        return value;
    }

    /// <summary>Quotes what was typed for a message, cut short so a pasted blob cannot flood the screen.</summary>
    private static string Quote(string input) => input.Length <= 40 ? $"'{input}'" : $"'{input[..40]}…'";

    [GeneratedRegex(@"^[0-9]+m$")]
    private static partial Regex BareMinutes();

    [GeneratedRegex(@"^[0-9]{4}-[0-9]{2}-[0-9]{2}$")]
    private static partial Regex BareDate();

    [GeneratedRegex(@"^(?<date>[0-9]{4}-[0-9]{2}-[0-9]{2})[Tt ](?<time>[0-9]{2}:[0-9]{2}:[0-9]{2})(\.(?<fraction>[0-9]+))?(?<zone>[Zz]|[+-][0-9]{2}:[0-9]{2})?$")]
    private static partial Regex DateAndTime();
}
