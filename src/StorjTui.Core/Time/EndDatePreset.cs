namespace StorjTui.Core.Time;

/// <summary>
/// The console's end date presets. Typed as <c>1d</c>, <c>1w</c>, <c>1mo</c>, <c>1y</c> — spelled so that
/// none of them can be read as a Go duration in minutes.
/// </summary>
public enum EndDatePreset
{
    OneDay,
    OneWeek,
    OneMonth,
    OneYear,
}
