using System.Globalization;

namespace StorjTui.Core.Time;

/// <summary>
/// The end date of an access (the grant's <c>not_after</c>), as the user chose it: none, a console preset,
/// a calendar date, or an exact time. <see cref="Value"/> is the resolved instant, expressed with the local
/// time zone's offset so <see cref="DisplayText"/> shows what the user expects to see.
/// </summary>
public sealed record EndDate
{
    private EndDate(EndDateKind kind, EndDatePreset? preset, DateTimeOffset? value)
    {
        Kind = kind;
        Preset = preset;
        Value = value;
    }

    /// <summary>No expiration (the console's default).</summary>
    public static EndDate None { get; } = new(EndDateKind.None, null, null);

    public EndDateKind Kind { get; }

    /// <summary>The preset, when <see cref="Kind"/> is <see cref="EndDateKind.Preset"/>.</summary>
    public EndDatePreset? Preset { get; }

    /// <summary>When the access stops working; null for no expiration.</summary>
    public DateTimeOffset? Value { get; }

    /// <summary>What the confirm-details row shows: "No expiration date" or the local date and time.</summary>
    public string DisplayText => Value is { } v
        ? v.ToString("yyyy-MM-dd HH:mm:ss zzz", CultureInfo.InvariantCulture)
        : "No expiration date";

    /// <summary>
    /// A preset: 23:59:59 local time on today + 1 day, 7 days, 1 month or 1 year. (The console uses 11:59:59;
    /// the end of the day is what people expect from "1 day".) A month after Jan 31 is the last day of February.
    /// </summary>
    public static EndDate FromPreset(EndDatePreset preset, TimeProvider clock, TimeZoneInfo localZone)
    {
        ArgumentNullException.ThrowIfNull(clock);
        ArgumentNullException.ThrowIfNull(localZone);
        var today = LocalDay.Today(clock, localZone);
        var target = preset switch
        {
            EndDatePreset.OneDay => today.AddDays(1),
            EndDatePreset.OneWeek => today.AddDays(7),
            EndDatePreset.OneMonth => today.AddMonths(1),
            EndDatePreset.OneYear => today.AddYears(1),
            _ => throw new ArgumentOutOfRangeException(nameof(preset), preset, "Unknown end date preset."),
        };
        return new EndDate(EndDateKind.Preset, preset, LocalDay.End(target, localZone));
    }

    /// <summary>A custom date: the access ends at 23:59:59 local time that day.</summary>
    public static EndDate OnDate(DateOnly day, TimeZoneInfo localZone)
    {
        ArgumentNullException.ThrowIfNull(localZone);
        return new EndDate(EndDateKind.CustomDate, null, LocalDay.End(day, localZone));
    }

    /// <summary>An exact instant, shown in <paramref name="localZone"/>.</summary>
    public static EndDate At(DateTimeOffset instant, TimeZoneInfo localZone)
    {
        ArgumentNullException.ThrowIfNull(localZone);
        return new EndDate(EndDateKind.ExactTime, null, TimeZoneInfo.ConvertTime(instant, localZone));
    }

    /// <summary>The console's label for a preset ("1 Day", "1 Week", "1 Month", "1 Year").</summary>
    public static string Label(EndDatePreset preset) => preset switch
    {
        EndDatePreset.OneDay => "1 Day",
        EndDatePreset.OneWeek => "1 Week",
        EndDatePreset.OneMonth => "1 Month",
        EndDatePreset.OneYear => "1 Year",
        _ => throw new ArgumentOutOfRangeException(nameof(preset), preset, "Unknown end date preset."),
    };

    public override string ToString() => DisplayText;
}
