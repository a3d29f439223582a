using System.CommandLine;
using StorjTui.Storj.S3;

namespace StorjTui.Cli;

/// <summary>
/// `storj-tui verify --bundle FILE [--bucket NAME]...`: proves saved S3 credentials work with a listing call
/// (nothing is read or changed). Exit 0 only when the check passed; 1 when it failed or could not be made.
/// </summary>
internal static class VerifyCommand
{
    public static Command Create()
    {
        // A string, not FileInfo: the parser's own message for '' names a .NET type instead of saying what to give.
        var bundle = new Option<string>("--bundle")
        {
            Description = "The saved credentials: the .json, .env or .txt file, or the web console's download.",
            HelpName = "FILE",
            Required = true,
        };
        bundle.Validators.Add(result =>
        {
            if (string.IsNullOrWhiteSpace(result.GetValueOrDefault<string>()))
            {
                result.AddError("--bundle needs a file name: the .json, .env or .txt file saved with the S3 credentials.");
            }
        });
        var buckets = new Option<string[]>("--bucket")
        {
            Description = "Check only this bucket (repeatable), for an access restricted to some buckets.",
            HelpName = "NAME",
            AllowMultipleArgumentsPerToken = false,
        };
        var command = new Command("verify", "Check that saved S3 credentials work (ListBuckets, or ListObjectsV2 per bucket).")
        {
            bundle,
            buckets,
        };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var request = CredentialsFile.Read(Path.GetFullPath(parseResult.GetRequiredValue(bundle)));
            if (parseResult.GetValue(buckets) is { Length: > 0 } chosen)
            {
                request = request with { Buckets = chosen };
            }

            var result = await CredentialsCheck.RunAsync(request, cancellationToken);
            var writer = result.Passed ? parseResult.InvocationConfiguration.Output : parseResult.InvocationConfiguration.Error;
            await writer.WriteLineAsync(result.Passed ? result.Message : $"storj-tui: {result.Message}{SandboxHint(result, request)}");
            return result.Passed ? ExitCodes.Ok : ExitCodes.Failed;
        });
        return command;
    }

    /// <summary>
    /// Credentials made with --sandbox name its S3 gateway on 127.0.0.1, which answers only while a sandbox runs:
    /// a refused loopback endpoint most likely means none does now.
    /// </summary>
    private static string SandboxHint(S3CheckResult result, S3CheckRequest request) =>
        result.Problem == S3CheckProblem.ConnectionRefused
        && Uri.TryCreate(request.Endpoint, UriKind.Absolute, out Uri? endpoint) && endpoint.IsLoopback
            ? " If these are sandbox credentials: its S3 gateway answers only while `storj-tui sandbox serve` (or the app's Sandbox) runs."
            : "";
}
