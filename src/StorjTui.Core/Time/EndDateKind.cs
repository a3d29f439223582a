namespace StorjTui.Core.Time;

/// <summary>How an end date was chosen, so screens can show the choice the user made.</summary>
public enum EndDateKind
{
    /// <summary>No expiration.</summary>
    None,
    /// <summary>One of the console's presets (1 day, 1 week, 1 month, 1 year).</summary>
    Preset,
    /// <summary>A calendar date: the access ends at 23:59:59 local time that day.</summary>
    CustomDate,
    /// <summary>An exact instant (RFC 3339, now, or a +duration).</summary>
    ExactTime,
}
