using System.Drawing;
using Attribute = Terminal.Gui.Drawing.Attribute;
using Color = Terminal.Gui.Drawing.Color;
using StorjTui.Tui.Presenters;
using StorjTui.Tui.Screens;
using StorjTui.Tui.Shell;
using StorjTui.Tui.Terminal;
using Terminal.Gui.Drawing;
using Terminal.Gui.Input;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace StorjTui.Tests.Tui;

/// <summary>
/// The look has hierarchy: errors red, warnings amber, hints dim, focus and default buttons in Storj blue; 24-bit
/// colour only where COLORTERM says so; under NO_COLOR an empty field is still visible; step pop-ups stand alone.
/// </summary>
public sealed class ThemeTests
{
    [Theory]
    [InlineData("xterm-256color", null, false, "Colors16")]
    [InlineData("xterm", null, false, "Colors16")]
    [InlineData("screen", null, false, "Colors16")]
    [InlineData("screen-256color", "", false, "Colors16")]
    [InlineData("linux", null, false, "Colors16")]
    [InlineData("xterm-256color", "truecolor", false, "TrueColor")]
    [InlineData("tmux-256color", "24bit", false, "TrueColor")]
    [InlineData("xterm-256color", "TrueColor", false, "TrueColor")]
    [InlineData("xterm-256color", "truecolor", true, "None")]
    [InlineData("dumb", "truecolor", false, "None")]
    public void ColourDepthFollowsTermColortermAndNoColor(string term, string? colorTerm, bool noColor, string expected) =>
        Assert.Equal(Enum.Parse<ColorDepth>(expected), TerminalLook.ChooseColors(term, colorTerm, noColor));

    [Fact]
    public void WithoutTrueColorTheDriverSendsSixteenColours()
    {
        using var scenario = new Scenario();
        using var sixteen = new Tui(scenario.Environment, look: new TerminalLook(false, false) { Colors = ColorDepth.Colors16 });
        Assert.True(sixteen.App.Driver!.Force16Colors);
        Assert.DoesNotContain("\u001b[38;2;", sixteen.Ansi, StringComparison.Ordinal);

        using var trueColor = new Tui(scenario.Environment, look: new TerminalLook(false, false) { Colors = ColorDepth.TrueColor });
        Assert.False(trueColor.App.Driver!.Force16Colors);
    }

    [Theory]
    [InlineData("TrueColor")]
    [InlineData("Colors16")]
    [InlineData("None")]
    public void AnErrorLineIsDrawnWithTheErrorAttribute(string depthName)
    {
        ColorDepth depth = Enum.Parse<ColorDepth>(depthName);
        using var scenario = new Scenario();
        using Tui tui = Start(scenario, depth);
        tui.ToAccessPage().Press(Key.Enter).Settle().Shows("Create a new access").Press(Key.Enter).Settle();
        Point at = Find(tui, "! ");

        Attribute drawn = AttributeAt(tui, at);

        Assert.Equal(StorjTheme.For(Tone.Error, depth), drawn);
        Assert.NotEqual(AttributeAt(tui, Find(tui, "Create a new access")), drawn);
    }

    [Fact]
    public void TheWarningCalloutIsDrawnInTheWarningColour()
    {
        using var scenario = new Scenario();
        using Tui tui = Start(scenario, ColorDepth.TrueColor);
        tui.ToEncryption();
        Point text = Find(tui, "Data uploaded with these credentials");

        Assert.Equal(StorjTheme.For(Tone.Warning, ColorDepth.TrueColor).Foreground, AttributeAt(tui, text).Foreground);
        Assert.NotEqual(Color.None, AttributeAt(tui, text).Foreground);
    }

    [Fact]
    public void AWarningNoticeIsAmberAndTheNextNoticeIsBodyTextAgain()
    {
        using var scenario = new Scenario();
        using Tui tui = Start(scenario, ColorDepth.TrueColor);

        tui.Shell.SetNotice("Warning: an unknown setting was ignored.", Tone.Warning);
        Assert.Equal(StorjTheme.For(Tone.Warning, ColorDepth.TrueColor), AttributeAt(tui, Find(tui, "Warning: an unknown")));

        tui.Shell.SetNotice("Opening project...");
        Assert.NotEqual(StorjTheme.For(Tone.Warning, ColorDepth.TrueColor).Foreground, AttributeAt(tui, Find(tui, "Opening project")).Foreground);
    }

    [Theory]
    [InlineData("open project", "The satellite refused to open the project.")]
    [InlineData("list accesses", "The satellite did not list the accesses.")]
    public void AFailureOnTheWayToTheAccessPageIsNoticedInTheErrorTone(string failing, string message)
    {
        using var scenario = new Scenario();
        if (failing == "open project")
        {
            scenario.Connection!.FailOpenWith = message;
        }
        else
        {
            scenario.Connection!.FailListWith = message;
        }

        using Tui tui = Start(scenario, ColorDepth.TrueColor);

        tui.Press(Key.Enter).Settle().Type("project secret").Press(Key.Enter).Settle().WaitFor(message);

        Assert.Equal(StorjTheme.For(Tone.Error, ColorDepth.TrueColor), AttributeAt(tui, Find(tui, message)));
    }

    [Fact]
    public void AnEmptyFieldIsVisibleUnderNoColor()
    {
        using var scenario = new Scenario();
        using Tui tui = Start(scenario, ColorDepth.None);
        tui.ToAccessPage().Press(Key.Enter).Settle().Shows("Create a new access");
        // Focus on the Next button leaves the empty name field unfocused: it must still show where to type.
        tui.Press(Key.Tab);
        TextField field = AllViews(tui.Shell).OfType<TextField>().First(f => f.Visible && f.Text.Length == 0 && !f.HasFocus);
        Rectangle area = field.ViewportToScreen(new Rectangle(Point.Empty, field.Viewport.Size));

        for (int x = area.Left; x < area.Right; x++)
        {
            Cell cell = tui.App.Driver!.Contents![area.Top, x];
            Assert.True(cell.Attribute is { } a && a.Style.HasFlag(TextStyle.Underline) || cell.Grapheme.Trim().Length > 0,
                $"column {x} of the empty field is a blank cell without underline");
        }
    }

    [Fact]
    public void NothingOfTheStepBeforeShowsAroundTheConfirmPopUp()
    {
        using var scenario = new Scenario();
        using Tui tui = scenario.Start();
        tui.ToEncryption().Shows("Advanced: a new passphrase makes");

        tui.Press(Key.Enter).Settle().Shows("Confirm details");

        tui.DoesNotShow("Advanced: a new passphrase makes").DoesNotShow("Data uploaded with these credentials");
        tui.Press(Key.Esc).Shows("Advanced: a new passphrase makes");
    }

    private static Tui Start(Scenario scenario, ColorDepth depth) =>
        new(scenario.Environment, look: new TerminalLook(depth == ColorDepth.None, false) { Colors = depth == ColorDepth.None ? ColorDepth.TrueColor : depth });

    private static Point Find(Tui tui, string text)
    {
        string[] rows = tui.Screen.Split('\n');
        for (int y = 0; y < rows.Length; y++)
        {
            int x = rows[y].IndexOf(text, StringComparison.Ordinal);
            if (x >= 0)
            {
                return new Point(x, y);
            }
        }

        throw new Xunit.Sdk.XunitException($"\"{text}\" is not on screen:\n{tui.Screen}");
    }

    private static Attribute AttributeAt(Tui tui, Point at) => tui.App.Driver!.Contents![at.Y, at.X].Attribute!.Value;

    private static IEnumerable<View> AllViews(View view) => view.SubViews.SelectMany(AllViews).Prepend(view);
}
