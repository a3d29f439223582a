namespace StorjTui.Core.Flow;

/// <summary>The app's screens outside the create flow; the main window shows the one the flow is in.</summary>
public enum NavigationStep
{
    /// <summary>Choose a back end (sandbox, satellite log-in, access grant).</summary>
    Connect,
    /// <summary>Pick a project (skipped when there is one).</summary>
    Project,
    /// <summary>The project passphrase prompt (skippable; never for managed-passphrase projects or grants).</summary>
    ProjectPassphrase,
    /// <summary>The project's accesses, with Create and Delete.</summary>
    AccessPage,
    /// <summary>The create flow runs; <see cref="NavigationFlow.Create"/> has its own step.</summary>
    CreateAccess,
    /// <summary>The created access (keys, grant or API key); <see cref="NavigationFlow.LastCreated"/>.</summary>
    Result,
    /// <summary>Type the access name to confirm deleting (and so revoking) it.</summary>
    DeleteAccess,
    /// <summary>The delete call runs (effect outside the flow).</summary>
    Deleting,
    /// <summary>The user quit; secrets were cleared.</summary>
    Exited,
}
