using System.CommandLine;
using StorjTui.Core.Access;
using StorjTui.Core.Bundles;
using StorjTui.Core.Flow;

namespace StorjTui.Cli;

/// <summary>
/// `storj-tui create s3|access-grant|api-key --name N [--permissions …] [--buckets b1,b2] [--not-after T]
/// [--passphrase-stdin | --generate-passphrase | --current-passphrase] [--format … | --merge aws|rclone|uplink|uplink-default] [--repository-bucket NAME] [--out DIR] [--project P]
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
            Description = "Advanced: comma-separated " + string.Join(", ", PermissionWords.Select(w => w.Word)) +
                " (Object Lock ones when the satellite offers them, notification ones when it offers bucket eventing) — or all, which is Full access. " +
                "Default: Full access, or read,write,list,delete with --buckets or --not-after.",
            HelpName = "LIST",
        };
        var fullAccess = new Option<bool>("--full-access")
        {
            Description = "Full access, as the console's quick path: every permission it gives, all buckets, no end date (same as --permissions all).",
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
        var format = new Option<string>("--format") { Description = "Bundle format: txt (the console's download), aws, rclone, env, json, docker (docker --env-file), s3fs (password file; the mount command is printed), k8s (Kubernetes Secret) or restic (repository settings; see --repository-bucket); an access grant: txt, json or uplink (for 'uplink access import').", HelpName = "F", DefaultValueFactory = _ => "txt" };
        format.AcceptOnlyFromAmong("txt", "aws", "rclone", "env", "json", "docker", "s3fs", "k8s", "restic", "uplink");
        var repositoryBucket = new Option<string?>("--repository-bucket")
        {
            Description = "With --format restic: the bucket for the repository (s3:<endpoint>/<bucket>/restic); needed unless --buckets names exactly one.",
            HelpName = "NAME",
        };
        var merge = new Option<string?>("--merge")
        {
            Description = "Instead of a bundle file, add the access to a tool's own config, the old file kept as <file>.bak-<UTC time>: " +
                "aws (S3: profile in ~/.aws/credentials and ~/.aws/config), rclone (S3: remote in ~/.config/rclone/rclone.conf), " +
                "uplink or uplink-default (access grant: in ~/.config/storj/uplink/access.json, uplink-default also makes it uplink's default). " +
                "A profile of the same name is replaced. A generated passphrase is still saved in --out.",
            HelpName = "TOOL",
        };
        merge.AcceptOnlyFromAmong(MergeWords.Select(w => w.Word).ToArray());
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
            type, name, permissions, fullAccess, buckets, notAfter, passphraseStdin, generate, current, format, merge, repositoryBucket, outFolder, project, sandbox, json, resume, abandon,
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
            if (parsed.GetValue(merge) is not null && parsed.GetResult(format) is { Implicit: false })
            {
                throw new UsageException("choose --format (a bundle file) or --merge (the tool's own config), not both.");
            }
            var (flowType, chosen) = ChooseFlow(parsed.GetValue(permissions), parsed.GetValue(fullAccess),
                narrowed: parsed.GetValue(buckets) is not null || parsed.GetValue(notAfter) is not null);
            var arguments = new CreateArguments
            {
                FlowType = flowType,
                Permissions = chosen,
                Type = parsed.GetValue(type) switch
                {
                    "s3" => AccessType.S3Credentials,
                    "access-grant" => AccessType.AccessGrant,
                    _ => AccessType.ApiKey,
                },
                Name = parsed.GetValue(name)!,
                Buckets = SplitList(parsed.GetValue(buckets)),
                NotAfter = parsed.GetValue(notAfter),
                Passphrase = choices[0] ? PassphraseChoice.EnterNew : choices[1] ? PassphraseChoice.GenerateNew : choices[2] ? PassphraseChoice.UseCurrent : null,
                Format = Enum.Parse<BundleFormat>(parsed.GetValue(format)!, ignoreCase: true),
                RepositoryBucket = parsed.GetValue(repositoryBucket),
                Merge = parsed.GetValue(merge) is { } word ? MergeWords.Single(w => w.Word == word).Target : null,
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

    /// <summary>--merge's words, in the order the help lists them.</summary>
    internal static readonly (string Word, ConfigMergeTarget Target)[] MergeWords =
    [
        ("aws", ConfigMergeTarget.Aws), ("rclone", ConfigMergeTarget.Rclone),
        ("uplink", ConfigMergeTarget.Uplink), ("uplink-default", ConfigMergeTarget.UplinkDefault),
    ];

    // The console's permission boxes in its order (Access, Object Lock, Bucket Notification steps), as command-line words.
    private static readonly (string Word, Permissions Permission)[] PermissionWords =
    [
        ("read", Permissions.Read), ("write", Permissions.Write), ("list", Permissions.List), ("delete", Permissions.Delete),
        ("put-retention", Permissions.PutObjectRetention), ("get-retention", Permissions.GetObjectRetention),
        ("bypass-governance", Permissions.BypassGovernanceRetention),
        ("put-legal-hold", Permissions.PutObjectLegalHold), ("get-legal-hold", Permissions.GetObjectLegalHold),
        ("put-lock-config", Permissions.PutObjectLockConfiguration), ("get-lock-config", Permissions.GetObjectLockConfiguration),
        ("put-notification", Permissions.PutBucketNotificationConfiguration), ("get-notification", Permissions.GetBucketNotificationConfiguration),
    ];

    /// <summary>
    /// Full access or Advanced from --permissions / --full-access. Full access covers every bucket with no end date, so
    /// it cannot be combined with --buckets or --not-after; without either switch those two mean Advanced with the four basic ones.
    /// </summary>
    internal static (FlowType FlowType, Permissions Permissions) ChooseFlow(string? permissionsText, bool fullAccess, bool narrowed)
    {
        var words = SplitList(permissionsText);
        var all = words.Any(w => w.Equals("all", StringComparison.OrdinalIgnoreCase));
        if (all && words.Length > 1)
        {
            throw new UsageException("--permissions all is Full access on its own: give 'all' alone, or list the permissions you want.");
        }
        if (fullAccess && permissionsText is not null && !all)
        {
            throw new UsageException("choose --full-access or --permissions, not both.");
        }
        if (fullAccess || all)
        {
            return narrowed
                ? throw new UsageException("Full access (--full-access, --permissions all) covers every bucket with no end date: drop --buckets and --not-after, or list the permissions (e.g. --permissions read,write,list,delete).")
                : (FlowType.FullAccess, Permissions.All);
        }
        if (permissionsText is null)
        {
            return narrowed ? (FlowType.Advanced, Permissions.All) : (FlowType.FullAccess, Permissions.All);
        }
        return (FlowType.Advanced, ParsePermissions(words));
    }

    private static Permissions ParsePermissions(IEnumerable<string> words)
    {
        var result = Permissions.None;
        foreach (var word in words)
        {
            var match = PermissionWords.FirstOrDefault(w => w.Word.Equals(word, StringComparison.OrdinalIgnoreCase));
            if (match.Word is null)
            {
                throw new InvalidInputException($"--permissions: '{word}' is not one of {string.Join(", ", PermissionWords.Select(w => w.Word))} or all.");
            }
            result |= match.Permission;
        }
        return result;
    }

    private static string[] SplitList(string? text) =>
        text is null ? [] : text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
}
