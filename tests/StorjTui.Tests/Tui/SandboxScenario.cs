using StorjTui.Core.Access;
using StorjTui.Core.Flow;
using StorjTui.Sandbox;
using StorjTui.Tui.Presenters;

namespace StorjTui.Tests.Tui;

/// <summary>The app against the real in-process sandbox (temp data folder), with a gate to watch creation.</summary>
internal sealed class SandboxScenario : IAsyncDisposable
{
    private readonly AppConnections _connections;

    /// <summary>A sandbox handing out <paramref name="s3Gateway"/> (default a fake https gateway), or with <paramref name="ownGateway"/> its own S3 gateway, as with no configuration.</summary>
    public SandboxScenario(Uri? s3Gateway = null, IReadOnlyList<StorjTui.Sandbox.Faults.SandboxFault>? faults = null, bool ownGateway = false)
    {
        Folder = Directory.CreateTempSubdirectory("storj-tui-sandbox-").FullName;
        Work = Directory.CreateDirectory(Path.Join(Folder, "work")).FullName;
        Home = Directory.CreateDirectory(Path.Join(Folder, "home")).FullName;
        _connections = new AppConnections(new SandboxOptions
        {
            DataFolder = Path.Join(Folder, "sandbox"),
            PendingFolder = Path.Join(Folder, "pending"),
            S3GatewayUrl = ownGateway ? null : s3Gateway ?? new Uri("https://gateway.sandbox.example/"),
            Faults = faults ?? [],
        });
    }

    public string Folder { get; }

    public string Work { get; }

    public string Home { get; }

    public GatedConnection? Connection { get; private set; }

    public TuiEnvironment Environment => new(
        new FlowServices(TimeProvider.System, TimeZoneInfo.Utc, () => System.Text.Encoding.UTF8.GetBytes(Scenario.GeneratedWords)),
        async (request, ct) => Connection = new GatedConnection(await _connections.Open(request, ct)),
        Work,
        Home,
        async (created, ct) =>
        {
            if (VerifyGate is { } gate)
            {
                await gate.Task.WaitAsync(ct);
            }

            return await S3Verify.RunAsync(created, ct);
        });

    /// <summary>When set, Verify waits for it before checking (to see "Checking...").</summary>
    public TaskCompletionSource? VerifyGate { get; set; }

    public Tui Start(TuiOptions? options = null) => new(Environment, options);

    public async ValueTask DisposeAsync()
    {
        await _connections.DisposeAsync();
        Directory.Delete(Folder, recursive: true);
    }
}
