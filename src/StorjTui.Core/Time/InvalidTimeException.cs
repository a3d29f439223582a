namespace StorjTui.Core.Time;

/// <summary>
/// A time or end date a person typed that the app cannot use. The message names what was typed and
/// the forms that are accepted, so it can be shown as is.
/// </summary>
public class InvalidTimeException : Exception
{
    /// <summary>The forms every time field and option accepts, for messages and help texts.</summary>
    public const string AcceptedForms = "use YYYY-MM-DD, RFC 3339, +2h30m, +7d, 1d/1w/1mo/1y, now, or none";

    public InvalidTimeException() { }
    public InvalidTimeException(string message) : base(message) { }
    public InvalidTimeException(string message, Exception inner) : base(message, inner) { }
}
