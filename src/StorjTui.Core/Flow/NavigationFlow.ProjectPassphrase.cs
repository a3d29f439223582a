namespace StorjTui.Core.Flow;

/// <summary>"Set my project passphrase" kept: see <see cref="CreateAccessFlow.TakeProjectPassphrase"/>.</summary>
public sealed partial class NavigationFlow
{
    /// <summary>The passphrase typed for the created access becomes the project passphrase (the old one, if any, is cleared).</summary>
    private void KeepProjectPassphrase(byte[]? typed)
    {
        if (typed is not null)
        {
            ClearPassphrase();
            ProjectPassphrase = typed;
        }
    }
}
