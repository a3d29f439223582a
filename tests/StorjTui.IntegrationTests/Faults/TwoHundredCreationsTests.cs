using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using StorjTui.IntegrationTests.Infrastructure;
using Xunit.Abstractions;

namespace StorjTui.IntegrationTests.Faults;

/// <summary>
/// 200 `storj-tui create s3` processes in a row against one real `storj-tui sandbox serve`: all succeed, the names are
/// unique, and the server's resident memory stays put (sampled before, after 100 and after 200). S3 credentials, not
/// API keys: they use every route the flow does, the auth service's credential store included. The sandbox reports a
/// gateway URL that nothing listens on — creating credentials never calls the gateway, and without an endpoint
/// `create s3` refuses to write the bundle (and says so), which is not what this test is about.
/// </summary>
public sealed class TwoHundredCreationsTests(ITestOutputHelper log) : IDisposable
{
    private const int Creations = 200;

    // Generous on purpose: a leak of ~150 KiB per creation fails it; GC and allocator noise does not.
    private const long MaxGrowthKiB = 30 * 1024;

    private readonly string _out = Path.Join(Path.GetTempPath(), "storj-tui-it-200-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_out))
        {
            Directory.Delete(_out, recursive: true);
        }
    }

    [SkippableFact]
    public async Task Two_hundred_creations_in_a_row_all_succeed_with_unique_names_and_stable_server_memory()
    {
        RequiredTool.Require(OperatingSystem.IsLinux(), "needs Linux (/proc/PID/status)");
        using var server = SandboxServeProcess.Start([], new Dictionary<string, string?> { ["STORJ_TUI__Sandbox__S3Gateway"] = "http://127.0.0.1:9/" });
        await server.LogInAsync();
        var startup = await StartupSecondsAsync(server);

        var before = server.ResidentKiB();
        long afterHundred = 0;
        var failures = new List<string>();
        var clock = Stopwatch.StartNew();
        TimeSpan firstHalf = default;
        for (var i = 1; i <= Creations; i++)
        {
            var name = string.Create(CultureInfo.InvariantCulture, $"bulk-{i:000}");
            var result = await server.RunAsync(["create", "s3", "--name", name, "--generate-passphrase", "--out", _out], timeout: TimeSpan.FromMinutes(2));
            if (!result.Succeeded)
            {
                failures.Add($"{name}: {result.Describe()}");
            }
            if (i == Creations / 2)
            {
                afterHundred = server.ResidentKiB();
                firstHalf = clock.Elapsed;
            }
        }
        var total = clock.Elapsed;
        var after = server.ResidentKiB();

        var list = await server.RunAsync(["access", "list", "--json"]);
        Assert.True(list.Succeeded, list.Describe());
        using var json = JsonDocument.Parse(list.StandardOutput);
        var names = json.RootElement.EnumerateArray().Select(a => a.GetProperty("name").GetString()!).Where(n => n.StartsWith("bulk-", StringComparison.Ordinal)).ToList();

        var figures = Figures(before, afterHundred, after, firstHalf, total, startup, failures.Count, names);
        log.WriteLine(figures);
        var file = Path.Join(AppContext.BaseDirectory, "figures", "sandbox-200-creations.txt");
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        await File.WriteAllTextAsync(file, figures);

        Assert.True(failures.Count == 0, $"{failures.Count} creations failed; first: {failures.FirstOrDefault()}");
        Assert.Equal(Creations, names.Count);
        Assert.Equal(Creations, names.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(Creations, Directory.GetFiles(_out, "Storj-S3-Credentials-bulk-*.txt").Length);
        Assert.False(server.HasExited, "the server died");
        Assert.True(after - afterHundred < MaxGrowthKiB, $"the server grew {(after - afterHundred) / 1024.0:0.0} MiB between creation 100 and 200: {figures}");
    }

    /// <summary>How long a storj-tui process takes that does nothing (--version): the share of each creation that is process start.</summary>
    private static async Task<double> StartupSecondsAsync(SandboxServeProcess server)
    {
        var times = new List<double>();
        for (var i = 0; i < 5; i++)
        {
            var clock = Stopwatch.StartNew();
            var result = await server.RunAsync(["--version"]);
            Assert.True(result.Succeeded, result.Describe());
            times.Add(clock.Elapsed.TotalSeconds);
        }
        return times.Order().ElementAt(times.Count / 2);
    }

    private static string Figures(long before, long afterHundred, long after, TimeSpan firstHalf, TimeSpan total, double startup, int failed, List<string> names)
    {
        static string MiB(long kib) => (kib / 1024.0).ToString("0.0", CultureInfo.InvariantCulture);
        var perCreation = total.TotalSeconds / Creations;
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"storj-tui sandbox serve, {Creations} x `create s3 --generate-passphrase` (one process each, dotnet storj-tui.dll), {Environment.ProcessorCount} cores");
        text.AppendLine(CultureInfo.InvariantCulture, $"server VmRSS: before {MiB(before)} MiB, after 100 {MiB(afterHundred)} MiB, after 200 {MiB(after)} MiB (growth 100->200: {MiB(after - afterHundred)} MiB, bound {MiB(MaxGrowthKiB)} MiB)");
        text.AppendLine(CultureInfo.InvariantCulture, $"time: {total.TotalSeconds:0.0} s total ({firstHalf.TotalSeconds:0.0} s for the first 100), {perCreation:0.00} s per creation; a storj-tui process that does nothing (--version, median of 5): {startup:0.00} s = {100 * startup / perCreation:0}% of a creation");
        text.AppendLine(CultureInfo.InvariantCulture, $"result: {Creations - failed} succeeded, {failed} failed, {names.Distinct(StringComparer.Ordinal).Count()} distinct bulk-* names listed of {names.Count}");
        text.AppendLine(CultureInfo.InvariantCulture, $"load average (1/5/15 min) at the end: {File.ReadAllText("/proc/loadavg").Trim()}");
        return text.ToString();
    }
}
