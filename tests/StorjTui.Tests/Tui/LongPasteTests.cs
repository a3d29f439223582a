using StorjTui.Tui.Shell;
using Terminal.Gui.Input;
using Terminal.Gui.Views;

namespace StorjTui.Tests.Tui;

/// <summary>
/// A long paste arrives one key per character, and each key costs the field more the longer its text: 20,000
/// characters froze the app for minutes. Past a field's limit the shell refuses the rest and says so.
/// </summary>
public sealed class LongPasteTests
{
    [Fact]
    public void APasteLongerThanTheNameFieldTakesStopsAtItsLimitAndSaysSo()
    {
        using var scenario = new Scenario();
        using Tui tui = scenario.Start();
        tui.ToAccessPage().Press(Key.Enter).Settle().Shows("Create a new access");

        tui.Type(new string('a', FieldLimits.Default + 50));

        var name = Assert.IsType<TextField>(tui.Focused);
        Assert.Equal(FieldLimits.Default, name.Text.Length);
        Assert.Contains($"at most {FieldLimits.Default} characters", tui.Shell.Notice);
        // Editing still works at the limit: Backspace takes one off, and one more character fits again.
        tui.Press(Key.Backspace).Type("b");
        Assert.Equal(FieldLimits.Default, name.Text.Length);
        Assert.EndsWith("ab", name.Text);
    }

    [Fact]
    public void TheAccessGrantFieldTakesMoreThanTheOtherFields()
    {
        using var scenario = new Scenario();
        using Tui tui = scenario.Start();
        tui.Pick(5).Shows("Access grant").Press(Key.Tab);

        tui.Type(new string('g', FieldLimits.Default + 10));

        var grant = Assert.IsType<TextField>(tui.Focused);
        Assert.Equal(FieldLimits.Default + 10, grant.Text.Length);
        Assert.DoesNotContain("at most", tui.Shell.Notice);
    }
}
