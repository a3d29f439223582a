using Terminal.Gui.Input;

namespace StorjTui.Tests.Tui;

/// <summary>Reusable key scripts: the common walks through the app, so each test shows only what it checks.</summary>
internal static class Steps
{
    /// <summary>Connect (sandbox choice) → project passphrase typed → access page.</summary>
    public static Tui ToAccessPage(this Tui tui, string? projectPassphrase = "project secret")
    {
        tui.Press(Key.Enter).Settle();
        if (projectPassphrase is null)
        {
            tui.Press(Key.S.WithAlt).Settle();
        }
        else
        {
            tui.Type(projectPassphrase).Press(Key.Enter).Settle();
        }

        return tui.Shows("Create S3 Credentials");
    }

    /// <summary>On the in-process sandbox: Connect → the first project → its demo passphrase → the empty access page.</summary>
    public static Tui ToSandboxAccessPage(this Tui tui)
    {
        tui.Press(Key.Enter).Settle().WaitFor("Choose a project:");
        tui.Press(Key.Enter).Settle().WaitFor("Enter the encryption passphrase");
        return tui.Type("demo passphrase").Press(Key.Enter).Settle().WaitFor("No accesses yet.");
    }

    /// <summary>Access page → Create S3 Credentials → name → permissions screen.</summary>
    public static Tui ToPermissions(this Tui tui, string name = "my-access", string? projectPassphrase = "project secret")
    {
        tui.ToAccessPage(projectPassphrase).Press(Key.Enter).Settle().Shows("Create a new access");
        return tui.Type(name).Press(Key.Enter).Settle().Shows("Permissions");
    }

    /// <summary>… → access encryption screen with defaults on the permissions screen.</summary>
    public static Tui ToEncryption(this Tui tui, string name = "my-access", string? projectPassphrase = "project secret") =>
        tui.ToPermissions(name, projectPassphrase).Press(Key.Enter).Settle().Shows("Access encryption");

    /// <summary>Moves focus down to the n-th option of the focused option group and picks it.</summary>
    public static Tui Pick(this Tui tui, int downs) => tui.Press(Key.CursorDown, downs).Press(Key.Space);
}
