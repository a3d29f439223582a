using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using StorjTui.Core.Access;
using StorjTui.Core.Bundles;
using StorjTui.Sandbox;
using StorjTui.Storj.S3;

namespace StorjTui.Benchmarks;

/// <summary>
/// `gateway [MiB]`: the sandbox's own S3 gateway in this process, the aws CLI (the exported profile) as the client:
/// upload and download of one object (default 256 MiB), a plain `cp` of the same file for the disk's limit, this
/// process's peak RSS (the gateway plus the small client side), and the Verify (ListBuckets) round trip median.
/// Prints figures; asserts nothing.
/// </summary>
internal static class GatewayThroughput
{
    public static async Task<int> RunAsync(string[] args)
    {
        var mib = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 256;
        var folder = Directory.CreateTempSubdirectory("storj-tui-gw-bench-").FullName;
        try
        {
            await using var server = await SandboxServer.StartAsync(new SandboxOptions
            {
                DataFolder = Path.Combine(folder, "sandbox"),
                PendingFolder = Path.Combine(folder, "pending"),
                S3QuotaBytes = 4L * mib * 1024 * 1024,
            });
            await using var connection = await server.ConnectAsync();
            var project = (await connection.ListProjectsAsync(CancellationToken.None)).First(p => !p.HasManagedPassphrase);
            await connection.OpenProjectAsync(project, Encoding.UTF8.GetBytes("benchmark passphrase"), CancellationToken.None);
            var created = await connection.CreateAccessAsync(project,
                new AccessRequest(AccessType.S3Credentials, "bench", Permissions.All, [], null, PassphraseChoice.UseCurrent, null), null, CancellationToken.None);
            var bundleFolder = Directory.CreateDirectory(Path.Combine(folder, "bundle")).FullName;
            var bundle = CredentialBundle.From(created);
            BundleWriter.DownloadAll(bundle, bundleFolder);
            string Exported(string extension) => Directory.GetFiles(bundleFolder).Single(f => f.EndsWith(extension, StringComparison.Ordinal));

            var file = Path.Combine(folder, "body.bin");
            await using (var output = File.Create(file))
            {
                var chunk = new byte[1024 * 1024];
                for (var i = 0; i < mib; i++)
                {
                    RandomNumberGenerator.Fill(chunk);
                    await output.WriteAsync(chunk);
                }
            }

            var cp = Time(() => Run("cp", file, Path.Combine(folder, "copy.bin")));
            File.Delete(Path.Combine(folder, "copy.bin"));
            var env = new Dictionary<string, string>
            {
                ["AWS_SHARED_CREDENTIALS_FILE"] = Exported(".aws-credentials"),
                ["AWS_CONFIG_FILE"] = Exported(".aws-config"),
            };
            var up = Time(() => Run("aws", env, "--profile", bundle.ProfileName, "s3", "cp", "--quiet", file, "s3://demo-bucket/body.bin"));
            var down = Time(() => Run("aws", env, "--profile", bundle.ProfileName, "s3", "cp", "--quiet", "s3://demo-bucket/body.bin", Path.Combine(folder, "back.bin")));
            // Read after the transfers, so the peak is the gateway's; the files are compared by streaming hashes.
            var peak = PeakRssMiB();
            var same = HashOf(file).SequenceEqual(HashOf(Path.Combine(folder, "back.bin")));

            var verify = new List<double>();
            var request = S3CheckRequest.From(created);
            for (var i = 0; i < 51; i++)
            {
                var clock = Stopwatch.StartNew();
                var result = await CredentialsCheck.RunAsync(request, CancellationToken.None);
                verify.Add(clock.Elapsed.TotalMilliseconds);
                if (!result.Passed)
                {
                    Console.Error.WriteLine("verify failed: " + result.Message);
                    return 1;
                }
            }
            verify.Sort();

            Console.WriteLine(FormattableString.Invariant($"object {mib} MiB; plain cp {cp:F2} s ({mib / cp:F0} MiB/s)"));
            Console.WriteLine(FormattableString.Invariant($"aws s3 cp up {up:F2} s ({mib / up:F0} MiB/s), down {down:F2} s ({mib / down:F0} MiB/s), byte-identical {same}"));
            Console.WriteLine(FormattableString.Invariant($"peak RSS of this process (sandbox + gateway + setup): {peak:F1} MiB"));
            Console.WriteLine(FormattableString.Invariant($"Verify (ListBuckets) round trip: median {verify[verify.Count / 2]:F1} ms, min {verify[0]:F1}, max {verify[^1]:F1} (51 runs; the first includes the client's start-up)"));
            return same ? 0 : 1;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static byte[] HashOf(string path)
    {
        using var stream = File.OpenRead(path);
        return SHA256.HashData(stream);
    }

    private static double Time(Action action)
    {
        var clock = Stopwatch.StartNew();
        action();
        return clock.Elapsed.TotalSeconds;
    }

    private static void Run(string program, params string[] args) => Run(program, new Dictionary<string, string>(), args);

    private static void Run(string program, Dictionary<string, string> env, params string[] args)
    {
        var start = new ProcessStartInfo(program) { UseShellExecute = false };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        foreach (var (name, value) in env)
        {
            start.Environment[name] = value;
        }
        using var process = Process.Start(start)!;
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} exited {process.ExitCode}");
        }
    }

    private static double PeakRssMiB() =>
        File.ReadLines("/proc/self/status").Where(l => l.StartsWith("VmHWM:", StringComparison.Ordinal))
            .Select(l => double.Parse(l.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024).First();
}
