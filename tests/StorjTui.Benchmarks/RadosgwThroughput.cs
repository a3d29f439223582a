using System.Globalization;
using StorjTui.Core.Bundles;

namespace StorjTui.Benchmarks;

/// <summary>
/// The `gateway` benchmark's comparison: a throw-away radosgw (tests/scripts/radosgw.sh, as the integration fixture
/// starts it) on 127.0.0.1, the same aws CLI with the same checksum settings as the sandbox's exported profile, the
/// same file up and down. Prints figures, or why radosgw was not measured.
/// </summary>
internal static class RadosgwThroughput
{
    public static void Run(string file, string folder, int mib)
    {
        var script = FindScript();
        if (script is null || !File.Exists("/usr/bin/radosgw"))
        {
            Console.WriteLine("radosgw not measured: tests/scripts/radosgw.sh or /usr/bin/radosgw missing (apt-get install ceph-mon ceph-osd radosgw ceph-common)");
            return;
        }
        var dir = Path.Combine(folder, "radosgw");
        var env = new Dictionary<string, string> { ["RGW_WATCH_PID"] = Environment.ProcessId.ToString(CultureInfo.InvariantCulture) };
        GatewayThroughput.Run("bash", env, script, "start", dir);
        try
        {
            // radosgw.sh writes DIR/env with printf %q; the values it writes need no quoting.
            var values = File.ReadLines(Path.Combine(dir, "env")).Select(l => l.Split('=', 2)).Where(p => p.Length == 2).ToDictionary(p => p[0], p => p[1]);
            var credentials = Path.Combine(folder, "rgw-credentials");
            var config = Path.Combine(folder, "rgw-config");
            PrivateFiles.Replace(credentials, $"[default]\naws_access_key_id = {values["RGW_ACCESS_KEY"]}\naws_secret_access_key = {values["RGW_SECRET_KEY"]}\n");
            PrivateFiles.Replace(config, $"[default]\nregion = us-east-1\nendpoint_url = {values["RGW_ENDPOINT"]}\nrequest_checksum_calculation = when_required\nresponse_checksum_validation = when_required\n");
            var aws = new Dictionary<string, string> { ["AWS_SHARED_CREDENTIALS_FILE"] = credentials, ["AWS_CONFIG_FILE"] = config };
            GatewayThroughput.Run("aws", aws, "s3", "mb", "s3://bench");
            var back = Path.Combine(folder, "rgw-back.bin");
            var up = GatewayThroughput.Time(() => GatewayThroughput.Run("aws", aws, "s3", "cp", "--quiet", file, "s3://bench/body.bin"));
            var down = GatewayThroughput.Time(() => GatewayThroughput.Run("aws", aws, "s3", "cp", "--quiet", "s3://bench/body.bin", back));
            var same = GatewayThroughput.HashOf(file).SequenceEqual(GatewayThroughput.HashOf(back));
            File.Delete(back);
            Console.WriteLine(FormattableString.Invariant($"radosgw (memstore OSD), same aws CLI: up {up:F2} s ({mib / up:F0} MiB/s), down {down:F2} s ({mib / down:F0} MiB/s), byte-identical {same}"));
        }
        finally
        {
            GatewayThroughput.Run("bash", script, "stop", dir);
        }
    }

    private static string? FindScript()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            var script = Path.Combine(dir.FullName, "tests", "scripts", "radosgw.sh");
            if (File.Exists(script))
            {
                return script;
            }
        }
        return null;
    }
}
