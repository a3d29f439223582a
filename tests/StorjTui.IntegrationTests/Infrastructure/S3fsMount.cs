using System.Diagnostics;
using System.Text;

namespace StorjTui.IntegrationTests.Infrastructure;

/// <summary>
/// An s3fs mount a test owns: the exported mount line run by sh with <c>-f</c> added, so s3fs stays this test's child
/// process instead of a daemon, on an empty temp mount point. <see cref="DisposeAsync"/> always unmounts, each step
/// with a time limit, so a hung FUSE mount cannot hang the run: <c>fusermount -u</c>; if that fails, s3fs is killed
/// (which aborts the FUSE connection) and the mount is detached lazily (<c>-u -z</c>).
/// </summary>
internal sealed class S3fsMount : IAsyncDisposable
{
    private static readonly TimeSpan StepLimit = TimeSpan.FromSeconds(20);

    private readonly Process _process;
    private readonly StringBuilder _log = new();

    private S3fsMount(Process process, string mountPoint)
    {
        _process = process;
        MountPoint = mountPoint;
        process.OutputDataReceived += (_, e) => Append(e.Data);
        process.ErrorDataReceived += (_, e) => Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public string MountPoint { get; }

    /// <summary>s3fs's own output so far (never the keys: they are only in the password file).</summary>
    public string Log
    {
        get
        {
            lock (_log)
            {
                return _log.ToString();
            }
        }
    }

    /// <summary>
    /// Fails with a clear message when the machine has no <c>/dev/fuse</c>: the mount is what this test proves, and
    /// every machine of this project (developers' and CI's) is of one kind that has it, so a missing device means the
    /// machine changed, which must not pass unnoticed as a skip.
    /// </summary>
    public static void RequireFuse()
    {
        Assert.True(File.Exists("/dev/fuse"),
            "/dev/fuse is missing, so s3fs cannot mount: this test needs a machine with FUSE (modprobe fuse, or give the container --device /dev/fuse).");
        RequiredTool.Ensure("s3fs");
        _ = Fusermount();
    }

    /// <summary>
    /// Runs <paramref name="mountLine"/> (as printed after saving, with its <c>MOUNTPOINT</c> word) on a new temp
    /// mount point and waits until the mount is listed in <c>/proc/self/mounts</c> and answers a directory listing.
    /// </summary>
    public static async Task<S3fsMount> StartAsync(string mountLine, IReadOnlyDictionary<string, string?> environment)
    {
        var mountPoint = Directory.CreateTempSubdirectory("storj-tui-s3fs-mnt-").FullName;
        Assert.Contains(" MOUNTPOINT ", mountLine, StringComparison.Ordinal);
        var line = mountLine.Replace(" MOUNTPOINT ", $" '{mountPoint}' ", StringComparison.Ordinal);
        var start = new ProcessStartInfo("/bin/sh", ["-c", $"exec {line} -f"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var (name, value) in environment)
        {
            if (value is null)
            {
                start.Environment.Remove(name);
            }
            else
            {
                start.Environment[name] = value;
            }
        }

        var mount = new S3fsMount(Process.Start(start) ?? throw new InvalidOperationException("could not start sh"), mountPoint);
        mount._process.StandardInput.Close();
        try
        {
            var deadline = Stopwatch.StartNew();
            while (!mount.IsMounted)
            {
                if (mount._process.HasExited)
                {
                    Assert.Fail($"s3fs exited ({mount._process.ExitCode}) before the mount appeared: {line}\n{mount.Log}");
                }

                if (deadline.Elapsed > StepLimit)
                {
                    Assert.Fail($"s3fs did not mount within {StepLimit}: {line}\n{mount.Log}");
                }

                await Task.Delay(50);
            }

            var ls = await ExternalCommand.RunAsync("ls", ["-a", mountPoint], timeout: StepLimit);
            Assert.True(ls.Succeeded, ls.Describe() + mount.Log);
            return mount;
        }
        catch
        {
            await mount.DisposeAsync();
            throw;
        }
    }

    /// <summary>True while <see cref="MountPoint"/> is an s3fs mount.</summary>
    public bool IsMounted => File.ReadLines("/proc/self/mounts")
        .Select(l => l.Split(' '))
        .Any(f => f.Length > 2 && f[1] == MountPoint && f[2] == "fuse.s3fs");

    /// <summary>Unmounts as a person would (<c>fusermount -u</c>); returns what it said. s3fs then exits by itself.</summary>
    public async Task<CommandResult> UnmountAsync()
    {
        var result = await ExternalCommand.RunAsync(Fusermount(), ["-u", MountPoint], timeout: StepLimit);
        if (result.Succeeded && !_process.WaitForExit(StepLimit))
        {
            return result with { ExitCode = -1, StandardError = result.StandardError + $"\ns3fs was still running {StepLimit} after the unmount" };
        }

        return result;
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (IsMounted)
            {
                try
                {
                    await UnmountAsync();
                }
                catch (TimeoutException)
                {
                    // Hung: killing s3fs below aborts the connection.
                }
            }

            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                _process.WaitForExit(StepLimit);
            }

            if (IsMounted)
            {
                await ExternalCommand.RunAsync(Fusermount(), ["-u", "-z", MountPoint], timeout: StepLimit);
            }
        }
        finally
        {
            _process.Dispose();
            if (!IsMounted)
            {
                Directory.Delete(MountPoint, recursive: false);
            }
        }
    }

    private static string Fusermount() => RequiredTool.Locate("fusermount3") ?? RequiredTool.Command("fusermount");

    private void Append(string? line)
    {
        if (line is not null)
        {
            lock (_log)
            {
                _log.Append(line).Append('\n');
            }
        }
    }
}
