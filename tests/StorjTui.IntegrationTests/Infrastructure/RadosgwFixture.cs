using System.Diagnostics;
using System.Globalization;

namespace StorjTui.IntegrationTests.Infrastructure;

/// <summary>
/// One radosgw per test run for the "radosgw" collection: started by tests/scripts/radosgw.sh in a temp
/// folder before the collection's first test, stopped (every daemon by its PID) after its last. Missing Ceph
/// tools do not fail the fixture; each test asking for <see cref="Server"/> then skips, or fails under CI.
/// </summary>
public sealed class RadosgwFixture : IAsyncLifetime
{
    private static readonly string[] Tools = ["ceph", "ceph-mon", "ceph-osd", "ceph-authtool", "monmaptool", "radosgw", "radosgw-admin", "curl"];

    private string? _missingTool;
    private string? _startFailure;
    private string? _folder;
    private RadosgwServer? _server;

    /// <summary>How long the cold start took (reported by the tests, never asserted).</summary>
    public TimeSpan StartDuration { get; private set; }

    /// <summary>The running server; skips/fails the calling test when it could not be started.</summary>
    public RadosgwServer Server
    {
        get
        {
            if (_missingTool is not null)
            {
                RequiredTool.Ensure(_missingTool);
            }

            if (_server is null)
            {
                throw new InvalidOperationException("radosgw did not start: " + _startFailure);
            }

            return _server;
        }
    }

    private static string Script => RepoRoot.File("tests/scripts/radosgw.sh");

    public async Task InitializeAsync()
    {
        _missingTool = Tools.FirstOrDefault(tool => RequiredTool.Locate(tool) is null);
        if (_missingTool is not null)
        {
            return;
        }

        _folder = Directory.CreateTempSubdirectory("storj-tui-rgw-").FullName;
        var clock = Stopwatch.StartNew();
        // The script's watcher stops the daemons if this test host dies before DisposeAsync.
        var watch = new Dictionary<string, string?> { ["RGW_WATCH_PID"] = Environment.ProcessId.ToString(CultureInfo.InvariantCulture) };
        var started = await ExternalCommand.RunAsync(Script, ["start", _folder], watch, timeout: TimeSpan.FromMinutes(3));
        StartDuration = clock.Elapsed;
        if (!started.Succeeded)
        {
            _startFailure = started.Describe() + TailOfLogs();
            return;
        }

        _server = RadosgwServer.Read(Path.Combine(_folder, "env"));
    }

    public async Task DisposeAsync()
    {
        if (_folder is null)
        {
            return;
        }

        await ExternalCommand.RunAsync(Script, ["stop", _folder], timeout: TimeSpan.FromMinutes(1));
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A daemon that ignored TERM for a moment may still hold a log open; the folder is in /tmp.
        }
    }

    private string TailOfLogs()
    {
        var logs = Path.Combine(_folder!, "log");
        if (!Directory.Exists(logs))
        {
            return "";
        }

        return string.Concat(Directory.GetFiles(logs).Select(f =>
            $"\n--- {Path.GetFileName(f)} ---\n" + string.Join('\n', File.ReadLines(f).TakeLast(15))));
    }
}
