namespace StorjTui.Tui.Screens;

/// <summary>A view drawn in a tone other than body text (errors red, warnings amber, hints dim).</summary>
internal interface IToned
{
    Tone Tone { get; }
}
