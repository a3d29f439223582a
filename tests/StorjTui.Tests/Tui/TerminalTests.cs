using System.Diagnostics;
using StorjTui.Tui.Screens;
using StorjTui.Tui.Terminal;
using Terminal.Gui.Input;

namespace StorjTui.Tests.Tui;

/// <summary>Terminal handling: not a terminal, NO_COLOR, ASCII glyphs, resize, help.</summary>
public sealed class TerminalTests
{
    [Fact]
    public void NotATerminalPrintsOneLineAndExits2WithoutHanging()
    {
        string exe = Path.Join(AppContext.BaseDirectory, "storj-tui.dll");
        var start = new ProcessStartInfo("dotnet", [exe])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment.Remove("DisableRealDriverIO");
        using Process process = Process.Start(start)!;
        process.StandardInput.Close();
        Assert.True(process.WaitForExit(TimeSpan.FromSeconds(30)), "storj-tui hung without a terminal");
        string error = process.StandardError.ReadToEnd();
        Assert.Equal(2, process.ExitCode);
        Assert.Equal(TuiApp.NotATerminalMessage, error.Trim());
        Assert.Contains("subcommands", error, StringComparison.Ordinal);
        Assert.Equal("", process.StandardOutput.ReadToEnd());
    }

    [Fact]
    public void NoColorDrawsWithoutColourCodes()
    {
        using var scenario = new Scenario();
        using var tui = new Tui(scenario.Environment, look: new TerminalLook(NoColor: true, AsciiOnly: false));
        string ansi = tui.Ansi;
        Assert.DoesNotContain("\u001b[38;", ansi, StringComparison.Ordinal);
        Assert.DoesNotContain("\u001b[48;", ansi, StringComparison.Ordinal);
        Assert.Contains("Connect to", tui.Screen, StringComparison.Ordinal);

        using var coloured = new Tui(scenario.Environment);
        Assert.Contains("\u001b[38;", coloured.Ansi, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("HLine", '-')]
    [InlineData("VLineDbl", '|')]
    [InlineData("ULCornerR", '+')]
    [InlineData("CheckStateChecked", 'x')]
    [InlineData("Selected", '*')]
    public void AsciiGlyphsHaveAsciiStandIns(string glyph, char expected) =>
        Assert.Equal(expected, TerminalLook.AsciiFor(glyph));

    [Fact]
    public void TermLinuxTurnsAsciiOnAndNoColorTurnsColourOff()
    {
        string? term = Environment.GetEnvironmentVariable("TERM");
        string? noColor = Environment.GetEnvironmentVariable("NO_COLOR");
        string? colorTerm = Environment.GetEnvironmentVariable("COLORTERM");
        try
        {
            Environment.SetEnvironmentVariable("TERM", "linux");
            Environment.SetEnvironmentVariable("NO_COLOR", "1");
            Assert.Equal(new TerminalLook(NoColor: true, AsciiOnly: true), TerminalLook.FromEnvironment());
            Environment.SetEnvironmentVariable("TERM", "xterm-256color");
            Environment.SetEnvironmentVariable("NO_COLOR", null);
            Environment.SetEnvironmentVariable("COLORTERM", "truecolor");
            Assert.Equal(new TerminalLook(NoColor: false, AsciiOnly: false), TerminalLook.FromEnvironment());
            Environment.SetEnvironmentVariable("COLORTERM", null);
            Assert.Equal(new TerminalLook(NoColor: false, AsciiOnly: false) { Colors = ColorDepth.Colors16 }, TerminalLook.FromEnvironment());
        }
        finally
        {
            Environment.SetEnvironmentVariable("TERM", term);
            Environment.SetEnvironmentVariable("NO_COLOR", noColor);
            Environment.SetEnvironmentVariable("COLORTERM", colorTerm);
        }
    }

    [Fact]
    public void RedrawsOnResizeAndFitsAt80x24()
    {
        using var scenario = new Scenario();
        using Tui tui = scenario.Start(width: 120, height: 40);
        tui.ToPermissions();
        string wide = tui.Screen;
        Assert.Equal(40, wide.TrimEnd('\n').Split('\n').Length);
        tui.Resize(80, 24);
        string[] lines = tui.Screen.TrimEnd('\n').Split('\n');
        Assert.Equal(24, lines.Length);
        Assert.All(lines, l => Assert.True(l.TrimEnd('\r').Length <= 80));
        tui.Shows("Continue").Shows("Ctrl-Q Quit").Shows("End date");
    }

    [Fact]
    public void HelpListsTheScreensOwnKeys()
    {
        using var scenario = new Scenario();
        using Tui tui = scenario.Start();
        tui.ToAccessPage().Press(Key.F1).Shows("Keys: Access").Shows("Ctrl-O").Shows("Sort by name / created").Shows("set-clipboard on");
        tui.Press(Key.F1).DoesNotShow("Keys: Access");
    }
}
