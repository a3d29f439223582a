namespace StorjTui.Core.Flow;

/// <summary>What moves the navigation; screens fire them through <see cref="NavigationFlow"/>'s methods.</summary>
public enum NavigationTrigger
{
    Connected,
    ChooseProject,
    EnterPassphrase,
    SkipPassphrase,
    CreateAccess,
    AccessCreated,
    CreateCancelled,
    CloseResult,
    CloseWithoutSaving,
    DeleteAccess,
    ConfirmDelete,
    Deleted,
    DeleteFailed,
    Back,
    Quit,
    QuitWithoutSaving,
}
