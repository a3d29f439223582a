using StorjTui.Tui.Presenters;
using StorjTui.Tui.Terminal;

namespace StorjTui.Tests.Tui;

/// <summary>The real OSC 52 clipboard, writing into a list instead of the terminal, so tests can count what was sent.</summary>
internal sealed class RecordingClipboard : ITerminalClipboard
{
    private readonly List<string> _sequences = [];
    private readonly TerminalClipboard _terminal;

    public RecordingClipboard() => _terminal = new TerminalClipboard(_sequences.Add);

    /// <summary>How many copies were sent.</summary>
    public int Sent => _sequences.Count;

    /// <summary>The escape sequences sent, in order.</summary>
    public IReadOnlyList<string> Sequences => _sequences;

    public string Copy(string what, string value) => _terminal.Copy(what, value);
}
