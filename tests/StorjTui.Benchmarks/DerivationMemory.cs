using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using StorjTui.Storj.Grants;

namespace StorjTui.Benchmarks;

/// <summary>
/// <c>derive-rss [native|managed|default] [count]</c>: derives <c>count</c> root keys in a row in this fresh
/// process and prints the time of each and the peak resident memory (VmHWM) after each — the issue's
/// "peak RSS over 10 derivations" figure. CPU time (all threads) is printed too: it barely moves with machine load. "default" is what the app uses (<see cref="RootKey.Argon2"/>).
/// </summary>
internal static class DerivationMemory
{
    public static int Run(string[] args)
    {
        var which = args.Length > 0 ? args[0] : "default";
        var count = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 10;
        IArgon2id argon2 = which switch
        {
            "native" => NativeArgon2id.TryLoad() ?? throw new InvalidOperationException($"{NativeArgon2id.LibraryName} is not installed."),
            "managed" => new ManagedArgon2id(),
            _ => RootKey.Argon2,
        };

        var passphrase = Encoding.UTF8.GetBytes("benchmark passphrase, not a secret");
        var salt = RandomNumberGenerator.GetBytes(32);
        Say($"{argon2.Name}: start rss {ProcessMemory.CurrentMiB():F1} MiB");
        var times = new List<double>();
        var cpuTimes = new List<double>();
        using var self = Process.GetCurrentProcess();
        for (var i = 1; i <= count; i++)
        {
            self.Refresh();
            var cpuBefore = self.TotalProcessorTime;
            var watch = Stopwatch.StartNew();
            var key = RootKey.Derive(passphrase, salt, 8, argon2);
            watch.Stop();
            self.Refresh();
            var cpu = (self.TotalProcessorTime - cpuBefore).TotalMilliseconds;
            cpuTimes.Add(cpu);
            CryptographicOperations.ZeroMemory(key);
            times.Add(watch.Elapsed.TotalMilliseconds);
            Say($"  #{i,2}: {watch.Elapsed.TotalMilliseconds,7:F1} ms ({cpu,6:F0} ms CPU), rss {ProcessMemory.CurrentMiB(),6:F1} MiB, peak {ProcessMemory.PeakMiB(),6:F1} MiB");
        }

        times.Sort();
        cpuTimes.Sort();
        Say($"{argon2.Name}: {count} derivations, median {times[times.Count / 2]:F1} ms wall, {cpuTimes[cpuTimes.Count / 2]:F0} ms CPU, peak rss {ProcessMemory.PeakMiB():F1} MiB");
        return 0;
    }

    private static void Say(FormattableString line) => Console.WriteLine(FormattableString.Invariant(line));
}
