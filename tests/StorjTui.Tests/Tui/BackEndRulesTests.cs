using StorjTui.Core.Flow;
using StorjTui.Sandbox;
using StorjTui.Tui.Presenters;
using StorjTui.Tui.Screens;
using StorjTui.Tui.Shell;
using StorjTui.Tui.Terminal;
using Terminal.Gui.Input;

namespace StorjTui.Tests.Tui;

/// <summary>
/// What the app takes from the connection rather than from the Connect screen's choice: whether it is an access grant
/// (<c>CanUseNewPassphrase</c>), and why an S3 endpoint is missing (<c>EndpointNotice</c>).
/// </summary>
public sealed class BackEndRulesTests
{
    [Fact]
    public void A_connection_that_cannot_use_a_new_passphrase_is_treated_as_an_access_grant()
    {
        using var scenario = new Scenario();
        scenario.Connection.CanUseNewPassphrase = false;
        using Tui tui = scenario.Start();

        // The Connect screen's choice is not "Access grant", yet the connection is one: no project passphrase prompt.
        tui.Press(Key.Enter).Settle().Shows("Create S3 Credentials");
        Assert.Equal(NavigationStep.AccessPage, tui.Step);
        tui.Press(Key.Enter).Settle().Type("from-grant").Press(Key.Enter).Settle().Shows("Permissions");
        tui.Press(Key.Enter).Settle().Shows("Access encryption").Shows("Connected with an access grant");
    }

    [Fact]
    public void The_result_screen_says_why_there_is_no_endpoint_in_the_back_ends_words()
    {
        using var scenario = new Scenario();
        scenario.Connection.Endpoint = null;
        scenario.Connection.EndpointNotice = "This back end hands out no endpoint.";
        using Tui tui = scenario.Start();
        tui.ToEncryption("no-gateway").Press(Key.Enter).Settle().Shows("Confirm details");

        tui.Press(Key.Enter).Settle().WaitFor("S3 Credentials created").Shows("This back end hands out no endpoint.");

        Assert.DoesNotContain("No S3 gateway is configured", tui.Screen, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Two_connects_to_the_sandbox_at_once_share_one_sandbox()
    {
        string folder = Directory.CreateTempSubdirectory("storj-tui-connections-").FullName;
        try
        {
            await using var connections = new AppConnections(new SandboxOptions { DataFolder = Path.Join(folder, "sandbox"), PendingFolder = Path.Join(folder, "pending") });
            var request = new ConnectRequest(ConnectTarget.Sandbox);

            var both = await Task.WhenAll(connections.Open(request, default), connections.Open(request, default));

            // One server: a second on the same folder would overwrite the first's state, and the first would never be stopped.
            Assert.Equal(((Storj.Connections.SatelliteConnection)both[0]).Console.ConsoleUrl, ((Storj.Connections.SatelliteConnection)both[1]).Console.ConsoleUrl);

            foreach (var connection in both)
            {
                Assert.NotEmpty(await connection.ListProjectsAsync(default));
                await connection.DisposeAsync();
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
