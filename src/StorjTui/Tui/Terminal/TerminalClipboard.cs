using System.Text;
using StorjTui.Tui.Presenters;

namespace StorjTui.Tui.Terminal;

/// <summary>
/// Copy through the terminal with OSC 52, so the text reaches the clipboard of the machine the user sits
/// at, even over SSH. The app cannot know whether the terminal accepted it, so the notice says so, names
/// what was copied, and never repeats the value.
/// </summary>
internal sealed class TerminalClipboard(Action<string> writeRaw) : ITerminalClipboard
{
    /// <summary>Sends <paramref name="value"/> and returns the notice to show.</summary>
    public string Copy(string what, string value)
    {
        writeRaw(Sequence(value));
        return $"{what} sent to your terminal's clipboard.";
    }

    /// <summary>ESC ] 52 ; c ; base64 BEL.</summary>
    public static string Sequence(string value) =>
        $"\u001b]52;c;{Convert.ToBase64String(Encoding.UTF8.GetBytes(value))}\u0007";
}
