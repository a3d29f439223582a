namespace StorjTui.Benchmarks;

/// <summary>Resident memory of this process from /proc/self/status (Linux), in MiB.</summary>
internal static class ProcessMemory
{
    /// <summary>Peak resident set size so far (VmHWM).</summary>
    public static double PeakMiB() => Read("VmHWM:");

    /// <summary>Current resident set size (VmRSS).</summary>
    public static double CurrentMiB() => Read("VmRSS:");

    private static double Read(string field)
    {
        foreach (var line in File.ReadLines("/proc/self/status"))
        {
            if (line.StartsWith(field, StringComparison.Ordinal))
            {
                // "VmHWM:     12345 kB"
                var kib = long.Parse(line.AsSpan(field.Length).Trim().TrimEnd("kB").Trim(), System.Globalization.CultureInfo.InvariantCulture);
                return kib / 1024.0;
            }
        }

        throw new InvalidOperationException($"{field} is not in /proc/self/status");
    }
}
