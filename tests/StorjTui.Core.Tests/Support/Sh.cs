using System.Diagnostics;

namespace StorjTui.Core.Tests.Support;

/// <summary>Runs a script with the real /bin/sh, as a user would source or paste what the app writes.</summary>
internal static class Sh
{
    /// <summary>Runs <paramref name="script"/> in <paramref name="folder"/>; returns what it printed, split on NUL (print with <c>printf '%s\0'</c>).</summary>
    public static string[] Run(string folder, string script)
    {
        var start = new ProcessStartInfo("/bin/sh", ["-c", script]) { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        Assert.True(process.WaitForExit(TimeSpan.FromSeconds(30)), "sh did not finish");
        Assert.True(process.ExitCode == 0, error);
        return output.Result.Split('\0')[..^1];
    }
}
