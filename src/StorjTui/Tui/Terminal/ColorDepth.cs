namespace StorjTui.Tui.Terminal;

/// <summary>How many colours the app sends to the terminal.</summary>
internal enum ColorDepth
{
    /// <summary>No colour at all (NO_COLOR, TERM=dumb): the terminal's own colours, emphasis by bold/underline/reverse.</summary>
    None,

    /// <summary>The 16 ANSI colours, which every colour terminal (GNU screen, xterm, the Linux console) draws.</summary>
    Colors16,

    /// <summary>24-bit colour, only where COLORTERM says the terminal has it (truecolor / 24bit).</summary>
    TrueColor,
}
