namespace StorjTui.Core.Flow;

// The result step: the new access's values appear once. Those not yet saved (copied or downloaded) are the flow's
// to know, so Close and Quit are refused while any is left, and go on only when the person chose to lose them.
public sealed partial class NavigationFlow
{
    private readonly List<string> _unsavedKeys = [];

    /// <summary>The values shown once and not saved yet (their titles: "Access Key", "Secret Key"…), in <see cref="NavigationStep.Result"/>.</summary>
    public IReadOnlyList<string> UnsavedKeys => _unsavedKeys;

    /// <summary>The result screen shows these values, each only once: until saved, Close and Quit are refused.</summary>
    public void KeysShown(IEnumerable<string> titles)
    {
        ArgumentNullException.ThrowIfNull(titles);
        if (_step == NavigationStep.Result)
        {
            _unsavedKeys.Clear();
            _unsavedKeys.AddRange(titles);
        }
    }

    /// <summary>These values were copied or downloaded.</summary>
    public void KeysSaved(IEnumerable<string> titles)
    {
        ArgumentNullException.ThrowIfNull(titles);
        foreach (var title in titles)
        {
            _unsavedKeys.Remove(title);
        }
    }

    /// <summary>Leaves the result for the access page; refused while a value shown once is unsaved.</summary>
    public StepResult<NavigationStep> CloseResult() => Guarded.Fire(NavigationTrigger.CloseResult);

    /// <summary>Leaves the result although values are unsaved: the person was asked and chose to lose them.</summary>
    public StepResult<NavigationStep> CloseResultWithoutSaving() => Guarded.Fire(NavigationTrigger.CloseWithoutSaving);

    /// <summary>Leaves the app, clearing the secrets the flow holds; on the result, refused while a value is unsaved.</summary>
    public StepResult<NavigationStep> Quit() => Guarded.Fire(NavigationTrigger.Quit);

    /// <summary>Quit, having asked first where values are unsaved (on the result; elsewhere the same as <see cref="Quit"/>).</summary>
    public StepResult<NavigationStep> QuitWithoutSaving() =>
        Guarded.Fire(_step == NavigationStep.Result ? NavigationTrigger.QuitWithoutSaving : NavigationTrigger.Quit);

    private void ForgetResult()
    {
        LastCreated = null;
        ForgetCreatedPassphrase();
        _unsavedKeys.Clear();
    }
}
