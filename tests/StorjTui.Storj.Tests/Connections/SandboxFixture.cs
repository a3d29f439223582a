using StorjTui.Core.Access;
using StorjTui.Sandbox;
using StorjTui.Storj.Connections;
using StorjTui.Storj.Http;

namespace StorjTui.Storj.Tests.Connections;

/// <summary>A sandbox in its own temp folders (data and pending state), and connections to it with fast retries.</summary>
public sealed class SandboxFixture : IAsyncDisposable
{
    private SandboxFixture(string root, SandboxServer server)
    {
        Root = root;
        Server = server;
    }

    public string Root { get; }

    public SandboxServer Server { get; }

    public string PendingFolder => Path.Combine(Root, "state", "storj-tui", "pending");

    public static async Task<SandboxFixture> StartAsync(Func<SandboxOptions, SandboxOptions>? configure = null)
    {
        var root = Path.Combine(Path.GetTempPath(), "storj-tui-tests-" + Guid.NewGuid().ToString("N"));
        var options = new SandboxOptions
        {
            DataFolder = Path.Combine(root, "data", "storj-tui", "sandbox"),
            PendingFolder = Path.Combine(root, "state", "storj-tui", "pending"),
        };
        var server = await SandboxServer.StartAsync(configure is null ? options : configure(options));
        return new SandboxFixture(root, server);
    }

    public static ServiceCallOptions Http(TimeSpan? timeout = null) => new()
    {
        RetryBaseDelay = TimeSpan.FromMilliseconds(10),
        Timeout = timeout ?? TimeSpan.FromSeconds(20),
    };

    public SatelliteConnectionOptions Options(TimeSpan? timeout = null) => Server.ConnectionOptions(Http(timeout));

    public Task<SatelliteConnection> ConnectAsync(TimeSpan? timeout = null) =>
        SatelliteConnection.LogInAsync(Options(timeout), SandboxServer.DemoEmail, SandboxServer.DemoPassword, null, null, default);

    public byte[] SaltOf(Project project) => Convert.FromBase64String(Server.Services.State.FindProject(project.Id)!.Salt);

    public static AccessRequest Request(
        string name,
        AccessType type = AccessType.S3Credentials,
        PassphraseChoice choice = PassphraseChoice.UseCurrent,
        byte[]? passphrase = null,
        IReadOnlyList<string>? buckets = null,
        Permissions permissions = Permissions.All,
        DateTimeOffset? notAfter = null) =>
        new(type, name, permissions, buckets ?? [], notAfter, choice, passphrase);

    public async ValueTask DisposeAsync()
    {
        await Server.DisposeAsync();
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // best effort
        }
    }
}
