namespace StorjTui.Tui.Screens;

/// <summary>What a piece of text is, for its colour: body text, an error, a warning, or a hint.</summary>
internal enum Tone
{
    Body,
    Error,
    Warning,
    Hint,
}
