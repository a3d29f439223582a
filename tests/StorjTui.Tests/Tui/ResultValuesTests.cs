using StorjTui.Core.Flow;
using Terminal.Gui.Input;

namespace StorjTui.Tests.Tui;

/// <summary>Created values are shown whole at 80×24: a long grant wraps onto as many rows as it needs, never cut.</summary>
public sealed class ResultValuesTests
{
    /// <summary>A grant as long as a real one (330 characters), digits only so no other screen text can look like it.</summary>
    private static readonly string RealLengthGrant = "1" + string.Concat(Enumerable.Range(0, 329).Select(i => (char)('1' + (i % 9))));

    [Fact]
    public void ShowSecretsShowsTheWholeAccessGrantAt80x24()
    {
        using var scenario = new Scenario();
        scenario.Connection.GrantValue = RealLengthGrant;
        using Tui tui = scenario.Start();
        tui.ToAccessPage().Press(Key.G.WithAlt).Settle().Shows("Create a new access");
        tui.Type("long-grant").Press(Key.Enter).Settle().Press(Key.Enter).Settle().Press(Key.Enter).Settle().Press(Key.Enter).Settle();
        tui.WaitFor("Access Grant created");
        Assert.Equal(NavigationStep.Result, tui.Step);

        tui.Press(Key.S.WithAlt);

        string screen = tui.Screen;
        Assert.Equal(24, screen.TrimEnd('\n').Split('\n').Length);
        string digits = string.Concat(screen.Split('\n').Select(Unframed));
        Assert.True(digits.Contains(RealLengthGrant, StringComparison.Ordinal), "the grant is not shown whole:\n" + screen);
        tui.Shows("Download all").Shows("F1 Help");
    }

    [Fact]
    public void S3ValuesAndGeneratedWordsFitAt80x24()
    {
        using var scenario = new Scenario();
        using Tui tui = scenario.Start();
        tui.ToEncryption().Pick(2).Press(Key.Enter).Settle();
        Assert.Equal(CreateAccessStep.ShowGeneratedPassphrase, tui.CreateStep);
        string words = tui.Screen;
        for (int i = 1; i <= 12; i++)
        {
            Assert.Contains($"{i,2}. ", words, StringComparison.Ordinal);
        }

        Assert.Contains("accident", words, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>A screen row without its frame, caption, Copy button and spaces: what is left of a value row is the value.</summary>
    private static string Unframed(string row) =>
        row.Replace("│", "", StringComparison.Ordinal).Replace("Access Grant", "", StringComparison.Ordinal)
            .Replace("⟦ Copy ⟧", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal).TrimEnd('\r');
}
