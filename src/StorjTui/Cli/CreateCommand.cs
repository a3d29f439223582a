using System.CommandLine;
using StorjTui.Core.Access;
using StorjTui.Core.Bundles;

namespace StorjTui.Cli;

/// <summary>
/// `storj-tui create s3|access-grant|api-key --name N [--permissions …] [--buckets b1,b2] [--not-after T]
/// [--passphrase-stdin | --generate-passphrase | --current-passphrase] [--format …] [--repository-bucket NAME] [--out DIR] [--project P]
/// [--sandbox] [--json] [--resume | --abandon]`: the console's Create Access flow, non-interactively.
/// </summary>
internal static class CreateCommand
{
    public static Command Create(CliContext context)
    {
        var type = new Argument<string>("type") { Description = "What to create: s3 (S3 credentials), access-grant or api-key." };
        type.AcceptOnlyFromAmong("s3", "access-grant", "api-key");
        var name = new Option<string>("--name") { Description = "The access name (unique in the project, at most 100 characters).", HelpName = "N", Required = true };
        var permissions = new Option<string>("--permissions")
        {
            Description = "Comma-separated read, write, list, delete — or all.",
            HelpName = "LIST",
            DefaultValueFactory = _ => "all",
        };
        var buckets = new Option<string?>("--buckets") { Description = "Comma-separated bucket names (default: all buckets).", HelpName = "b1,b2" };
        var notAfter = new Option<string?>("--not-after")
        {
            Description = "End date: none, 1d, 1w, 1mo, 1y, +DURATION (+2h30m, +7d), YYYY-MM-DD (end of that day, local time) or RFC 3339. Default: none.",
            HelpName = "T",
        };
        var passphraseStdin = new Option<bool>(PassphraseSource.StdinFlag) { Description = "Encrypt with a new passphrase read from stdin." };
        var generate = new Option<bool>("--generate-passphrase") { Description = "Encrypt with a new generated 12-word passphrase, saved next to the bundle (0600)." };
        var current = new Option<bool>("--current-passphrase")
        {
            Description = "Encrypt with the project's passphrase (read from stdin, or prompted on a terminal; nothing to give when the satellite manages it).",
        };
        var format = new Option<string>("--format") { Description = "Bundle format: txt (the console's download), aws, rclone, env, json, docker (docker --env-file), s3fs (password file; the mount command is printed) k8s (Kubernetes Secret) or restic (repository settings; see --repository-bucket); an access grant: txt, json or uplink (for 'uplink access import').", HelpName = "F", DefaultValueFactory = _ => "txt" };
        format.AcceptOnlyFromAmong("txt", "aws", "rclone", "env", "json", "docker", "s3fs", "k8s", "restic", "uplink");
        var repositoryBucket = new Option<string?>("--repository-bucket")
        {
            Description = "With --format restic: the bucket for the repository (s3:<endpoint>/<bucket>/restic); needed unless --buckets names exactly one.",
            HelpName = "NAME",
        };
        var outFolder = new Option<string>("--out") { Description = "Folder for the bundle (created 0700 if missing).", HelpName = "DIR", DefaultValueFactory = _ => "." };
        var project = SandboxSwitch.Project();
        var sandbox = SandboxSwitch.Create();
        var json = new Option<bool>("--json") { Description = "Print a machine-readable summary (no secrets) instead of the file paths." };
        var resume = new Option<bool>("--resume") { Description = "Finish an earlier run's unfinished creation of this name (see what 'create' reports)." };
        var abandon = new Option<bool>("--abandon") { Description = "Delete the API key an earlier unfinished creation of this name left behind, and stop." };
        var command = new Command("create",
            "Create S3 credentials, an access grant or an API key with the console's rules, no prompts, into a private (0600) file; prints its path. " +
            "Passphrases are read only from stdin or a prompt.")
        {
            type, name, permissions, buckets, notAfter, passphraseStdin, generate, current, format, repositoryBucket, outFolder, project, sandbox, json, resume, abandon,
        };
        command.SetAction(async (parsed, cancellationToken) =>
        {
            bool[] choices = [parsed.GetValue(passphraseStdin), parsed.GetValue(generate), parsed.GetValue(current)];
            if (choices.Count(c => c) > 1)
            {
                throw new UsageException("choose one of --passphrase-stdin, --generate-passphrase and --current-passphrase.");
            }
            if (parsed.GetValue(resume) && parsed.GetValue(abandon))
            {
                throw new UsageException("choose --resume or --abandon, not both.");
            }
            var arguments = new CreateArguments
            {
                Type = parsed.GetValue(type) switch
                {
                    "s3" => AccessType.S3Credentials,
                    "access-grant" => AccessType.AccessGrant,
                    _ => AccessType.ApiKey,
                },
                Name = parsed.GetValue(name)!,
                Permissions = ParsePermissions(parsed.GetValue(permissions)!),
                Buckets = SplitList(parsed.GetValue(buckets)),
                NotAfter = parsed.GetValue(notAfter),
                Passphrase = choices[0] ? PassphraseChoice.EnterNew : choices[1] ? PassphraseChoice.GenerateNew : choices[2] ? PassphraseChoice.UseCurrent : null,
                Format = Enum.Parse<BundleFormat>(parsed.GetValue(format)!, ignoreCase: true),
                RepositoryBucket = parsed.GetValue(repositoryBucket),
                OutFolder = parsed.GetValue(outFolder)!,
                Project = parsed.GetValue(project),
                Sandbox = parsed.GetValue(sandbox),
                Json = parsed.GetValue(json),
                Resume = parsed.GetValue(resume),
                Abandon = parsed.GetValue(abandon),
            };
            var config = parsed.InvocationConfiguration;
            // A stop signal cancels the calls; a bundle already being written is still put in place. Either way the
            // run ends with one line and 128+signal, and a cut-off creation keeps its record for the next run.
            using var signals = new CliSignals(config.Error);
            using var stopping = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, signals.Stopping);
            try
            {
                var code = await new CreateRunner(context, arguments, config.Output, config.Error).RunAsync(stopping.Token);
                return signals.Received is { } signal ? signals.Report(signal) : code;
            }
            catch (OperationCanceledException) when (signals.Received is { } signal)
            {
                return signals.Report(signal);
            }
        });
        return command;
    }

    internal static Permissions ParsePermissions(string text)
    {
        var result = Permissions.None;
        foreach (var word in SplitList(text))
        {
            result |= word.ToLowerInvariant() switch
            {
                "all" => Permissions.All,
                "read" => Permissions.Read,
                "write" => Permissions.Write,
                "list" => Permissions.List,
                "delete" => Permissions.Delete,
                _ => throw new InvalidInputException($"--permissions: '{word}' is not read, write, list, delete or all."),
            };
        }
        return result;
    }

    private static string[] SplitList(string? text) =>
        text is null ? [] : text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
}
