using StorjTui.Core.Flow;

namespace StorjTui.Tests.Tui;

/// <summary>
/// The test scripts wait for the app's work, not for a fixed time: on a loaded machine connecting and opening a
/// project (key derivation) took longer than the old fixed 3 s wait, and the next keys went to the screen before.
/// </summary>
public sealed class SlowBackEndTests
{
    [Fact]
    public void ConnectingAndOpeningAProjectSlowerThanAnyFixedWaitStillReachTheAccessPage()
    {
        using var scenario = new Scenario();
        scenario.Connection.Delay = TimeSpan.FromSeconds(4);
        using Tui tui = scenario.Start();

        tui.ToAccessPage();

        Assert.Equal(NavigationStep.AccessPage, tui.Step);
        Assert.Equal("project secret", System.Text.Encoding.UTF8.GetString(scenario.Connection.OpenedWith!));
    }
}
