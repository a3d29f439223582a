using System.Diagnostics;
using System.Text;
using StorjTui.IntegrationTests.Infrastructure;

namespace StorjTui.IntegrationTests.Faults;

/// <summary>
/// A storj-tui command started against a <see cref="SandboxServeProcess"/> and left running, so a test can signal it
/// at a chosen moment; output is collected as it comes.
/// </summary>
internal sealed class CliProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly StringBuilder _error = new();

    private CliProcess(Process process)
    {
        _process = process;
        process.OutputDataReceived += (_, e) => Append(_output, e.Data);
        process.ErrorDataReceived += (_, e) => Append(_error, e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public int Id => _process.Id;

    public bool HasExited => _process.HasExited;

    public static CliProcess Start(SandboxServeProcess server, IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            WorkingDirectory = server.Home,
        };
        foreach (var argument in new[] { SandboxServeProcess.AppDll }.Concat(arguments))
        {
            start.ArgumentList.Add(argument);
        }
        foreach (var (name, value) in server.Environment)
        {
            start.Environment[name] = value;
        }
        var process = Process.Start(start) ?? throw new InvalidOperationException("could not start dotnet");
        process.StandardInput.Close();
        return new CliProcess(process);
    }

    /// <summary>Sends <paramref name="signal"/> (TERM, HUP, KILL) with kill(1).</summary>
    public void Signal(string signal)
    {
        using var kill = Process.Start(new ProcessStartInfo(RequiredTool.Command("kill"), ["-" + signal, Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))!;
        kill.WaitForExit();
    }

    /// <summary>Waits for the exit; returns the code and what was printed.</summary>
    public (int ExitCode, string Output, string Error) WaitForExit(TimeSpan timeout)
    {
        if (!_process.WaitForExit(timeout))
        {
            _process.Kill(entireProcessTree: true);
            Assert.Fail($"storj-tui did not exit within {timeout}: {Describe()}");
        }
        _process.WaitForExit(); // flushes the output events
        return (_process.ExitCode, Text(_output), Text(_error));
    }

    public string Describe() => $"stdout: {Text(_output)} stderr: {Text(_error)}";

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }
        _process.Dispose();
    }

    private static void Append(StringBuilder text, string? line)
    {
        if (line is not null)
        {
            lock (text)
            {
                text.Append(line).Append('\n');
            }
        }
    }

    private static string Text(StringBuilder text)
    {
        lock (text)
        {
            return text.ToString();
        }
    }
}
