using System.Runtime.CompilerServices;
using System.Text;
using Terminal.Gui.Drivers;
using Terminal.Gui.Input;
using Terminal.Gui.Views;

namespace StorjTui.Tui.Shell;

/// <summary>
/// How many characters a text field takes. A paste reaches the app as one key per character, and Terminal.Gui's
/// TextField pays for each key in proportion to the text it already holds: 1,000 characters took about 5 s, and a
/// 20,000-character paste froze the app for minutes. So a key that would type past the field's limit is refused
/// before the field sees it (the shell says so once). Every field gets <see cref="Default"/>; a field whose values
/// are longer (an access grant) says so with <see cref="Allow"/>.
/// </summary>
internal static class FieldLimits
{
    /// <summary>Far more than any name, e-mail, password, passphrase, key or folder the app asks for.</summary>
    public const int Default = 1024;

    private static readonly ConditionalWeakTable<TextField, StrongBox<int>> Limits = [];

    /// <summary>Lets <paramref name="field"/> take up to <paramref name="characters"/> characters.</summary>
    public static void Allow(TextField field, int characters) => Limits.AddOrUpdate(field, new StrongBox<int>(characters));

    /// <summary>The most characters <paramref name="field"/> takes.</summary>
    public static int Of(TextField field) => Limits.TryGetValue(field, out StrongBox<int>? limit) ? limit.Value : Default;

    /// <summary>True when <paramref name="key"/> would type a character into a field already at its limit.</summary>
    public static bool Refuses(TextField field, Key key)
    {
        if ((key.KeyCode & (KeyCode.CtrlMask | KeyCode.AltMask)) != 0)
        {
            return false;
        }

        Rune rune = key.AsRune;
        if (rune.Value < 0x20 || Rune.IsControl(rune))
        {
            return false; // Backspace, Enter, Tab, arrows: editing and moving stay possible at the limit
        }

        return field.Text.Length - field.SelectedLength >= Of(field);
    }

    /// <summary>What the shell says when a key was refused.</summary>
    public static string Notice(TextField field) =>
        $"This field takes at most {Of(field)} characters: what came after that was not typed.";
}
