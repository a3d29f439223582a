namespace StorjTui.IntegrationTests.Infrastructure;

/// <summary>
/// The tool rule for integration tests: a test whose outside program is missing skips on a developer's
/// machine, but fails under CI (env CI=true), where tests/run-all.sh installs every tool and a skip would
/// hide a broken set-up. Call from a [SkippableFact]/[SkippableTheory].
/// </summary>
public static class RequiredTool
{
    /// <summary>Skips (or, with CI=true, fails) the current test when <paramref name="command"/> is not on PATH.</summary>
    public static void Ensure(string command)
    {
        if (Locate(command) is null)
        {
            Missing($"'{command}' is not installed (tests/run-all.sh installs it when run as root)");
        }
    }

    /// <summary>Skips, or fails under CI, with this reason. For requirements other than a command on PATH.</summary>
    public static void Missing(string reason)
    {
        if (IsCi)
        {
            Assert.Fail($"{reason}; CI=true, so this test fails instead of skipping.");
        }

        Skip.If(true, reason);
    }

    /// <summary>Full path of an executable on PATH (or the path itself when it contains a slash), else null.</summary>
    public static string? Locate(string command)
    {
        ArgumentException.ThrowIfNullOrEmpty(command);
        if (command.Contains('/', StringComparison.Ordinal))
        {
            return IsExecutable(command) ? command : null;
        }

        var path = Environment.GetEnvironmentVariable("PATH") ?? "";
        return path.Split(':', StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, command))
            .FirstOrDefault(IsExecutable);
    }

    private static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    private static bool IsExecutable(string file) =>
        File.Exists(file) && !OperatingSystem.IsWindows() && (File.GetUnixFileMode(file) & (UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute)) != 0;
}
