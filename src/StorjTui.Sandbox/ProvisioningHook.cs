using System.Diagnostics;
using Microsoft.Extensions.Logging;

namespace StorjTui.Sandbox;

/// <summary>
/// Runs the configured command for each new key pair, writing <c>ACCESS_KEY SECRET_KEY</c> and a newline to its
/// stdin (never to its arguments, which other users can see in the process list).
/// </summary>
internal sealed class ProvisioningHook(IReadOnlyList<string> command, TimeSpan timeout, ILogger logger)
{
    public async Task<bool> RunAsync(string accessKeyId, string secretKey, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(command[0])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in command.Skip(1))
        {
            start.ArgumentList.Add(argument);
        }
        using var process = new Process { StartInfo = start };
        try
        {
            process.Start();
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or InvalidOperationException)
        {
            logger.LogError("Provisioning command {Command} could not start: {Reason}", command[0], e.Message);
            return false;
        }
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var errors = process.StandardError.ReadToEndAsync(cancellationToken);
        using var timer = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timer.CancelAfter(timeout);
        try
        {
            await process.StandardInput.WriteLineAsync($"{accessKeyId} {secretKey}".AsMemory(), timer.Token);
            process.StandardInput.Close();
            await process.WaitForExitAsync(timer.Token);
        }
        catch (Exception e) when (e is OperationCanceledException or IOException)
        {
            process.Kill(entireProcessTree: true);
            logger.LogError("Provisioning command {Command} did not finish within {Timeout}", command[0], timeout);
            return false;
        }
        await Task.WhenAll(output, errors);
        if (process.ExitCode != 0)
        {
            // Its output is not logged: a hook may well echo what it was given.
            logger.LogError("Provisioning command {Command} failed with exit code {Code}", command[0], process.ExitCode);
            return false;
        }
        return true;
    }
}
