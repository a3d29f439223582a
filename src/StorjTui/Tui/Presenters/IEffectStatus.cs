namespace StorjTui.Tui.Presenters;

/// <summary>
/// What the outside may know of the app's background work: whether any runs, and a signal each time one has
/// finished and posted its outcome to the UI loop. Headless tests and the keystroke benchmark wait on it.
/// </summary>
internal interface IEffectStatus
{
    /// <summary>True while an effect runs off the UI thread.</summary>
    bool IsBusy { get; }

    /// <summary>Raised (on the worker thread) after an effect posted its outcome to the UI loop and stopped counting as busy.</summary>
    event EventHandler? EffectFinished;
}
