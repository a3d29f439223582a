namespace StorjTui.IntegrationTests.Infrastructure;

/// <summary>
/// What an integration test needs from the machine (a program on PATH, root). Missing → the test is skipped,
/// except with <c>CI=true</c>, where it fails: CI must never pass by skipping. Call from a
/// [SkippableFact]/[SkippableTheory].
/// </summary>
internal static class RequiredTool
{
    /// <summary>True when the environment variable CI is "true" (as .ci/run sets).</summary>
    public static bool InCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>The full path of <paramref name="name"/> on PATH; skips (or fails under CI) when absent.</summary>
    public static string Command(string name)
    {
        var found = Locate(name);
        Require(found is not null, $"'{name}' is not installed (tests/run-all.sh installs it when run as root).");
        return found!;
    }

    /// <summary>Skips (or, with CI=true, fails) the current test when <paramref name="command"/> is not on PATH.</summary>
    public static void Ensure(string command) => _ = Command(command);

    /// <summary>The full path of an executable on PATH, else null (never skips; for fixtures that decide later).</summary>
    public static string? Locate(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Join(folder, name))
            .FirstOrDefault(File.Exists);

    /// <summary>Skips (or fails under CI) unless the test runs as root.</summary>
    public static void Root(string why) => Require(Environment.UserName == "root" || IsUidZero(), $"needs root: {why}.");

    /// <summary>Skips with <paramref name="reason"/> when <paramref name="available"/> is false; fails instead under CI.</summary>
    public static void Require(bool available, string reason)
    {
        if (available)
        {
            return;
        }

        if (InCi)
        {
            Assert.Fail($"{reason} (CI=true: a missing requirement fails instead of skipping)");
        }

        Skip.If(true, reason);
    }

    private static bool IsUidZero() =>
        OperatingSystem.IsLinux()
        && File.ReadLines("/proc/self/status").Any(line => line.StartsWith("Uid:", StringComparison.Ordinal) && line.Split('\t', StringSplitOptions.RemoveEmptyEntries)[1] == "0");
}
