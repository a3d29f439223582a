using System.Net;
using System.Net.Sockets;
using StorjTui.Storj.Tests.S3;
using Terminal.Gui.Input;

namespace StorjTui.Tests.Tui;

/// <summary>Verify on the result screen runs the real S3 check against the endpoint the sandbox handed out.</summary>
public sealed class VerifyTests
{
    private static Tui ToSandboxResult(SandboxScenario scenario, string name)
    {
        Tui tui = scenario.Start();
        tui.Press(Key.Enter).Settle().WaitFor("Choose a project:");
        tui.Press(Key.Enter).Settle().WaitFor("Enter the encryption passphrase");
        tui.Type("demo passphrase").Press(Key.Enter).Settle().WaitFor("Create S3 Credentials");
        tui.Press(Key.Enter).Settle().Type(name).Press(Key.Enter).Settle().Shows("Permissions");
        tui.Press(Key.Enter).Settle().Shows("Access encryption");
        tui.Press(Key.Enter).Settle().Shows("Confirm details");
        return tui.Press(Key.Enter).Settle().WaitFor("S3 Credentials created", 60000);
    }

    /// <summary>A loopback port nothing listens on (it was free a moment ago).</summary>
    internal static int ClosedPort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        int port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    [Fact]
    public async Task ConnectionRefusedSaysNothingListensAndWhatToCheck()
    {
        int port = ClosedPort();
        await using var scenario = new SandboxScenario(new Uri($"http://127.0.0.1:{port}/")) { VerifyGate = new() };
        using Tui tui = ToSandboxResult(scenario, "verify-refused");
        tui.Shows($"http://127.0.0.1:{port}/");

        tui.Press(Key.V.WithAlt).Shows("Checking...");
        scenario.VerifyGate!.SetResult();
        tui.WaitFor("Verify failed.", 30000).Shows($"Nothing accepts connections at 127.0.0.1:{port}").Shows("S3 gateway is running");
        Assert.Equal(Core.Flow.NavigationStep.Result, tui.Step);
    }

    [Fact]
    public async Task AGatewayThatListsBucketsIsOk()
    {
        await using var gateway = CannedS3Server.Answering(200, "OK",
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><ListAllMyBucketsResult><Owner><ID>u</ID></Owner><Buckets>"
            + "<Bucket><Name>demo</Name><CreationDate>2026-01-01T00:00:00.000Z</CreationDate></Bucket>"
            + "<Bucket><Name>photos</Name><CreationDate>2026-01-01T00:00:00.000Z</CreationDate></Bucket></Buckets></ListAllMyBucketsResult>");
        await using var scenario = new SandboxScenario(new Uri(gateway.Endpoint + "/"));
        using Tui tui = ToSandboxResult(scenario, "verify-ok");

        tui.Press(Key.V.WithAlt).WaitFor("OK.", 30000).Shows("listed 2 buckets");
        string head = Assert.Single(gateway.Requests);
        Assert.StartsWith("GET / HTTP/1.1", head, StringComparison.Ordinal);
        Assert.DoesNotContain("Verify failed", tui.Screen, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithNoConfigurationTheSandboxsOwnGatewayIsTheEndpointAndVerifyPasses()
    {
        await using var scenario = new SandboxScenario(ownGateway: true);
        using Tui tui = ToSandboxResult(scenario, "own-gateway");
        var endpoint = System.Text.RegularExpressions.Regex.Match(tui.Screen, "Endpoint +(http://127\\.0\\.0\\.1:[0-9]+/)").Groups[1].Value;

        tui.Press(Key.V.WithAlt).WaitFor("OK.", 30000).Shows("listed 3 buckets");

        Assert.NotEqual("", endpoint);
        Assert.DoesNotContain("No S3 gateway", tui.Screen, StringComparison.Ordinal);
    }

    [Fact]
    public void WithoutAnEndpointVerifySaysThereIsNoGateway()
    {
        using var scenario = new Scenario();
        scenario.Connection.Endpoint = null;
        using Tui tui = scenario.Start();
        tui.ToEncryption("no-gateway").Press(Key.Enter).Settle().Shows("Confirm details");
        tui.Press(Key.Enter).Settle().WaitFor("S3 Credentials created");
        tui.Press(Key.V.WithAlt).Shows("Cannot verify: there is no S3 endpoint");
    }
}
