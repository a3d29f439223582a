using Terminal.Gui.Drivers;

namespace StorjTui.Tui.Terminal;

/// <summary>
/// Terminal.Gui 2.5 holds the first frame back until the terminal has answered its start-up queries (default
/// colours, kitty keyboard, size, device attributes) or each has timed out (0.5–1 s, and the colour queries are
/// sent one after another through a 100 ms throttle). Over SSH and in tmux that is a visible pause before anything
/// shows. The app draws at once instead: answers that come later still take effect when they arrive.
/// </summary>
internal static class StartupGate
{
    /// <summary>A gate whose every query counts as timed out as soon as it is asked about.</summary>
    public static AnsiStartupGate DrawAtOnce()
    {
        // The gate reads its clock once when a query is registered and again when asked whether it is ready;
        // a clock that moves an hour per reading makes every deadline already past at the next reading.
        long readings = 0;
        DateTime start = DateTime.UtcNow;
        return new AnsiStartupGate(() => start.AddHours(Interlocked.Increment(ref readings)));
    }
}
