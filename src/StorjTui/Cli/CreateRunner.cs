using System.Globalization;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using StorjTui.Core.Access;
using StorjTui.Core.Bundles;
using StorjTui.Core.Flow;
using StorjTui.Core.Input;
using StorjTui.Core.Text;
using StorjTui.Hosting;

namespace StorjTui.Cli;

/// <summary>
/// Runs `storj-tui create`: connects, opens the project, fills the create flow's draft exactly as the screens do,
/// lets the flow's whole-draft validation judge it, creates the access and saves the bundle.
/// </summary>
internal sealed class CreateRunner(CliContext context, CreateArguments arguments, TextWriter output, TextWriter error)
{
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var options = context.LoadOptions();
        CheckFormat();
        using var log = new CliLog(context.Paths, options.LogLevel, "create");
        await using var opened = await CliConnection.OpenAsync(context, options, arguments.Sandbox, log.Logger, cancellationToken);
        var connection = opened.Connection;
        var session = await ProjectSession.StartAsync(connection, cancellationToken);
        var project = ProjectChoice.Find(session.Projects, arguments.Project);

        var pending = await ReportPendingAsync(session, project, log.Logger, cancellationToken);
        if (arguments.Abandon)
        {
            var leftover = pending ?? throw new InvalidInputException($"there is no unfinished creation named '{TerminalText.Show(arguments.Name)}' in '{TerminalText.Show(project.Name)}'.");
            await connection.AbandonCreationAsync(leftover, cancellationToken);
            error.WriteLine($"storj-tui: deleted what the unfinished creation of '{TerminalText.Show(arguments.Name)}' left behind.");
            return ExitCodes.Ok;
        }
        if (arguments.Resume && pending is null)
        {
            throw new InvalidInputException($"there is no unfinished creation named '{TerminalText.Show(arguments.Name)}' in '{TerminalText.Show(project.Name)}' to resume.");
        }
        if (arguments.Resume && pending!.Type != arguments.Type)
        {
            throw new InvalidInputException($"--resume: the unfinished creation of '{arguments.Name}' is {AccessTypeText.Of(pending.Type)}, not {AccessTypeText.Of(arguments.Type)}: " +
                $"resume it with 'storj-tui create {CliType(pending.Type)} --name ... --resume'.");
        }

        await OpenProjectAsync(session, project, cancellationToken);
        log.Logger.ProjectOpened(project.Name);
        var lists = await session.ListAsync(cancellationToken);
        var existing = lists.Accesses.Select(a => a.Name).Where(n => !(arguments.Resume && n == arguments.Name)).ToList();
        var bucketNames = lists.BucketNames;
        using var flow = new CreateAccessFlow(
            new CreateAccessSetup(existing, bucketNames, session.CurrentPassphrase, arguments.Type, connection.Features),
            FlowServices.CreateDefault() with { Clock = context.Clock });
        if (!FillDraft(flow, bucketNames))
        {
            return ExitCodes.Failed;
        }

        // Everything that would stop the bundle from being saved is found now, before a key exists.
        var folder = OutFolder();
        if (arguments.Merge is { } merge)
        {
            Merge().CheckTarget(merge, Home());
        }
        if (arguments.Merge is null || arguments.Passphrase == PassphraseChoice.GenerateNew)
        {
            BundleWriter.CheckTarget(folder, arguments.Type, arguments.Name, context.Clock.GetUtcNow(), createFolder: true);
        }

        var request = flow.BuildRequest();
        CreatedAccess created;
        try
        {
            var progress = new StepLog(log.Logger);
            created = arguments.Resume
                ? await connection.ResumeCreationAsync(pending!, request, progress, cancellationToken)
                : await connection.CreateAccessAsync(project, request, progress, cancellationToken);
        }
        catch (IncompleteCreationException e)
        {
            log.Logger.Failed(e.Message);
            error.WriteLine($"storj-tui: {e.Message}");
            error.WriteLine($"storj-tui: the API key '{TerminalText.Show(arguments.Name)}' exists but no credentials were delivered: " +
                $"run the same command with --resume to finish, or with --abandon to delete the key.");
            return ExitCodes.Failed;
        }
        finally
        {
            SecretBuffer.Clear(request.Passphrase);
        }
        return Save(flow, connection, created, project, folder, log.Logger);
    }

    private string OutFolder() => UserPaths.Expand(arguments.OutFolder, Home());

    /// <summary>The merge into the files the tools read with this run's environment (AWS_CONFIG_FILE, RCLONE_CONFIG, …).</summary>
    private ConfigFileMerge Merge() => new(context.Clock, context.GetEnvironment);

    private string Home() => UserPaths.HomeFolder(context.GetEnvironment);

    private void CheckFormat()
    {
        if (arguments.Merge is { } merge && ConfigFileMerge.AccessTypeOf(merge) != arguments.Type)
        {
            var word = CreateCommand.MergeWords.Single(w => w.Target == merge).Word;
            throw new UsageException(arguments.Type switch
            {
                AccessType.ApiKey => "--merge is for S3 credentials (aws, rclone) and access grants (uplink, uplink-default): save an api-key with --format txt or json.",
                AccessType.S3Credentials => $"--merge {word} is for access grants: merge S3 credentials with --merge aws or --merge rclone.",
                _ => $"--merge {word} is for S3 credentials: merge an access grant with --merge uplink or --merge uplink-default.",
            });
        }
        if (arguments.Format == BundleFormat.Uplink && arguments.Type != AccessType.AccessGrant)
        {
            throw new UsageException("--format uplink is for access grants: save S3 credentials or an api-key in another format.");
        }
        if (arguments.Type != AccessType.S3Credentials && arguments.Format is not (BundleFormat.Txt or BundleFormat.Json or BundleFormat.Uplink))
        {
            throw new UsageException($"--format {arguments.Format.ToString().ToLowerInvariant()} is for S3 credentials: save an {(arguments.Type == AccessType.ApiKey ? "api-key as txt or json" : "access-grant as txt, json or uplink")}.");
        }
        if (arguments.Format != BundleFormat.Restic)
        {
            if (arguments.RepositoryBucket is not null)
            {
                throw new UsageException("--repository-bucket is for --format restic.");
            }
            return;
        }
        // Checked before anything is created: a key whose bundle cannot be written would only have to be deleted.
        var bucket = arguments.RepositoryBucket ?? (arguments.Buckets.Count == 1 ? arguments.Buckets[0] : null)
            ?? throw new UsageException($"--format restic needs --repository-bucket NAME: the access reaches {(arguments.Buckets.Count == 0 ? "every bucket" : "several buckets")}, so say which one holds the repository.");
        if (ResticRepository.BucketProblem(bucket, arguments.Buckets) is { } problem)
        {
            throw new UsageException($"--repository-bucket: {problem}");
        }
    }

    /// <summary>Unfinished creations beyond this many are summarised on one line.</summary>
    private const int PendingLinesShown = 3;

    /// <summary>Lists the creations earlier runs left unfinished and how to finish or drop them; returns the one with this name.</summary>
    private async Task<PendingCreation?> ReportPendingAsync(ProjectSession session, Project project, ILogger log, CancellationToken cancellationToken)
    {
        PendingCreation? match = null;
        var shown = new List<PendingCreation>();
        foreach (var pending in await session.PendingCreationsAsync(project, cancellationToken))
        {
            log.FoundPending(pending.Name, pending.ProjectName);
            if (pending.Name == arguments.Name)
            {
                match = pending;
                if (arguments.Resume || arguments.Abandon)
                {
                    continue;
                }
            }
            shown.Add(pending);
        }
        foreach (var pending in shown.Take(PendingLinesShown))
        {
            ReportPending(pending);
        }
        if (shown.Count > PendingLinesShown)
        {
            var rest = shown.Skip(PendingLinesShown).ToList();
            error.WriteLine($"storj-tui: and {rest.Count} more unfinished creations in '{TerminalText.Show(project.Name)}': " +
                $"{string.Join(", ", rest.Select(p => $"'{TerminalText.Show(p.Name)}'"))}; finish or delete each the same way (--resume or --abandon with its --name).");
        }
        return match;
    }

    private void ReportPending(PendingCreation pending)
    {
        if (pending.RunningInProcess is { } pid)
        {
            error.WriteLine($"storj-tui: the creation of '{TerminalText.Show(pending.Name)}' in '{TerminalText.Show(pending.ProjectName)}' is still running in process {pid}; leave it to finish.");
            return;
        }
        string started = pending.StartedAt.ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture);
        string name = PosixShell.QuoteForTerminal(pending.Name);
        error.WriteLine($"storj-tui: an earlier run left the creation of '{TerminalText.Show(pending.Name)}' ({AccessTypeText.Of(pending.Type)}) in '{TerminalText.Show(pending.ProjectName)}' unfinished (started {started}). " +
            $"Finish it with: storj-tui create {CliType(pending.Type)} --name {name} --resume (plus the passphrase and other options); " +
            $"or delete its key with: storj-tui create {CliType(pending.Type)} --name {name} --abandon");
    }

    /// <summary>
    /// Checks the passphrase options against the project, then opens it through the session (which works out what
    /// "current passphrase" means): with the project passphrase only for --current-passphrase.
    /// </summary>
    private async Task OpenProjectAsync(ProjectSession session, Project project, CancellationToken cancellationToken)
    {
        if (project.HasManagedPassphrase)
        {
            if (arguments.Passphrase is PassphraseChoice.EnterNew or PassphraseChoice.GenerateNew)
            {
                throw new UsageException($"project '{TerminalText.Show(project.Name)}' has a passphrase managed by the satellite: leave out --passphrase-stdin and --generate-passphrase.");
            }
            await session.OpenProjectAsync(project, null, cancellationToken);
            return;
        }
        if (arguments.Type == AccessType.ApiKey)
        {
            if (arguments.Passphrase is not null)
            {
                throw new UsageException("an API key is not encrypted: leave out the passphrase options.");
            }
            await session.OpenProjectAsync(project, null, cancellationToken);
            return;
        }
        if (arguments.Passphrase is null)
        {
            throw new UsageException("choose how the access is encrypted: --passphrase-stdin, --generate-passphrase or --current-passphrase.");
        }
        if (arguments.Passphrase != PassphraseChoice.UseCurrent)
        {
            await session.OpenProjectAsync(project, null, cancellationToken);
            return;
        }
        // The project passphrase: piped in, or typed once at a prompt (as when the console opens a project).
        byte[] passphrase = context.Terminal is null
            ? context.Secrets.ReadPassphraseFromStdin()
            : PassphraseSource.Read(context, fromStdin: false, confirm: false);
        try
        {
            if (passphrase.Length == 0)
            {
                throw new InvalidInputException("the project passphrase is empty.");
            }
            await session.OpenProjectAsync(project, passphrase, cancellationToken);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(passphrase);
        }
    }

    /// <summary>Puts the arguments into the draft and lets the flow's rules judge all of it; false after printing the problems.</summary>
    private bool FillDraft(CreateAccessFlow flow, IReadOnlyList<string> bucketNames)
    {
        flow.SetName(arguments.Name);
        flow.SetFlowType(arguments.FlowType);
        flow.SetPermissions(arguments.Permissions);
        var unknown = arguments.Buckets.Where(b => !bucketNames.Contains(b, StringComparer.Ordinal)).ToList();
        if (unknown.Count > 0)
        {
            // The screens pick from the project's buckets, so a name that is not there cannot be chosen.
            throw new InvalidInputException($"no bucket named {string.Join(", ", unknown.Select(b => $"'{b}'"))} in the project.");
        }
        flow.SetBuckets(arguments.Buckets);
        if (arguments.NotAfter is { } notAfter && flow.SetEndDate(notAfter) is { } timeProblem)
        {
            throw new InvalidInputException($"--not-after: {timeProblem}");
        }
        if (flow.AsksForEncryption && arguments.Passphrase is { } choice)
        {
            if (flow.ChoosePassphrase(choice) is { } choiceProblem)
            {
                throw new InvalidInputException(choiceProblem);
            }
            if (choice == PassphraseChoice.EnterNew)
            {
                SetTypedPassphrase(flow);
            }
            else if (choice == PassphraseChoice.GenerateNew)
            {
                flow.EnsureGeneratedPassphrase();
                // Saving it is done by this command (next to the bundle), which is what the tick box confirms.
                flow.SetSavedPassphraseAcknowledged(true);
            }
        }
        var problems = flow.ValidateDraft();
        foreach (var problem in problems)
        {
            error.WriteLine($"storj-tui: {problem.Message}.".Replace("..", ".", StringComparison.Ordinal));
        }
        return problems.Count == 0;
    }

    private void SetTypedPassphrase(CreateAccessFlow flow)
    {
        byte[] bytes = context.Secrets.ReadPassphraseFromStdin();
        char[] chars = new char[Encoding.UTF8.GetCharCount(bytes)];
        try
        {
            Encoding.UTF8.GetChars(bytes, chars);
            // Typed once on stdin, so it is its own confirmation.
            flow.SetNewPassphrase(chars);
            flow.SetPassphraseConfirmation(chars);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(bytes);
            CryptographicOperations.ZeroMemory(MemoryMarshal.AsBytes(chars.AsSpan()));
        }
        foreach (var warning in flow.PassphraseWarnings)
        {
            error.WriteLine($"storj-tui: warning: {warning.Message}");
        }
    }

    private int Save(CreateAccessFlow flow, IStorjConnection connection, CreatedAccess created, Project project, string folder, ILogger log)
    {
        if (created.MissingEndpointText is { } noEndpoint)
        {
            error.WriteLine($"storj-tui: {noEndpoint}");
            error.WriteLine($"storj-tui: the access '{TerminalText.Show(created.Name)}' was created but cannot be saved without an endpoint; {NotDelivered(created)}");
            return ExitCodes.Failed;
        }
        byte[]? generated = flow.Draft.PassphraseChoice == PassphraseChoice.GenerateNew && flow.AsksForEncryption ? flow.CopyGeneratedPassphrase() : null;
        BundleWriteResult written;
        ConfigMergeResult? merged = null;
        try
        {
            var bundle = CredentialBundle.From(created);
            if (arguments.Merge is { } merge)
            {
                // The passphrase first: merged keys whose generated passphrase was lost would be the worse half.
                written = generated is null
                    ? new BundleWriteResult([], false, [])
                    : BundleWriter.DownloadAll(bundle, folder, new BundleWriteOptions { Formats = [], CreateFolder = true, GeneratedPassphrase = generated });
                merged = Merge().MergeInto(merge, bundle, Home());
                written = written with { Files = [.. merged.Files, .. written.Files] };
            }
            else
            {
                written = BundleWriter.DownloadAll(arguments.RepositoryBucket is { } bucket ? bundle.WithRepositoryBucket(bucket) : bundle, folder, new BundleWriteOptions
                {
                    Formats = [arguments.Format],
                    CreateFolder = true,
                    GeneratedPassphrase = generated,
                });
            }
        }
        catch (BundleWriteException e)
        {
            error.WriteLine($"storj-tui: {e.Message}");
            error.WriteLine($"storj-tui: the access '{TerminalText.Show(created.Name)}' was created but not saved; {NotDelivered(created)}");
            return ExitCodes.Failed;
        }
        finally
        {
            SecretBuffer.Clear(generated);
        }
        // The bundle is in place: only now may the record go (a run killed before this leaves the key resumable).
        connection.CompleteCreation(created);
        string writtenTo = Path.GetDirectoryName(written.Files[0]) ?? "";
        log.Created(created.Type, created.Name, written.Files.Count, writtenTo);
        foreach (var warning in written.Warnings)
        {
            error.WriteLine($"storj-tui: warning: {warning}");
        }
        // Each folder written to: a merge with a generated passphrase writes the config file and, in --out, the passphrase.
        foreach (string savedIn in written.Files.Select(f => Path.GetDirectoryName(f) ?? "").Distinct(StringComparer.Ordinal))
        {
            if (GitCheckout.RootOf(savedIn) is { } checkout)
            {
                // A script saving into a repository is not stopped (it may ignore the files), only told.
                error.WriteLine($"storj-tui: warning: {TerminalText.Show(savedIn)} is inside the git checkout {TerminalText.Show(checkout)}: keep these files out of commits (.gitignore).");
            }
        }
        if (merged is not null)
        {
            error.WriteLine($"storj-tui: {MergeReport(merged)}");
        }
        else if (arguments.Format == BundleFormat.S3fs)
        {
            // On stderr: stdout stays the list of files (or the JSON summary) scripts read.
            error.WriteLine($"storj-tui: {S3fsPasswordFile.MountHint(created, written.Files[0])}");
        }
        if (arguments.Json)
        {
            output.Write(Summary(created, project, written));
        }
        else
        {
            foreach (var file in written.Files)
            {
                output.WriteLine(file);
            }
        }
        output.Flush();
        return ExitCodes.Ok;
    }

    /// <summary>
    /// What the merge did, for stderr: the name to use and the files the tool reads, whether it replaced one of that
    /// name, whether uplink now uses it by default, the backups (no secret in any of it).
    /// </summary>
    private string MergeReport(ConfigMergeResult merged)
    {
        var name = merged.ProfileName;
        var what = arguments.Merge switch
        {
            ConfigMergeTarget.Aws => "aws CLI profile",
            ConfigMergeTarget.Rclone => "rclone remote",
            _ => "uplink access",
        };
        var byDefault = arguments.Merge == ConfigMergeTarget.UplinkDefault ? "; uplink now uses it when no access is named" : "";
        var replaced = merged.Replaced ? $"; it replaces the {what} that had that name" : "";
        var backups = merged.Backups.Count == 0 ? "" : $"; the old {(merged.Backups.Count == 1 ? "file is" : "files are")} kept as {string.Join(" and ", merged.Backups.Select(TerminalText.Show))}";
        return $"saved as {what} '{name}' in {string.Join(" and ", merged.Files.Select(TerminalText.Show))}{byDefault}{replaced}{backups}.";
    }

    /// <summary>
    /// The creation's record stays: the next run offers to finish it (a new key) or delete the key. The command is on
    /// a line of its own, quoted for sh, so it can be pasted as it is.
    /// </summary>
    private string NotDelivered(CreatedAccess created) =>
        "it stays listed as unfinished: run the same command with --resume to replace it with a new key and save that, " +
        $"or delete its key with:{Environment.NewLine}" +
        $"storj-tui create {CliType(created.Type)} --name {PosixShell.QuoteForTerminal(created.Name)} --abandon{(arguments.Sandbox ? " --sandbox" : "")}";

    /// <summary>What a script needs to find and use the result — never a key, grant or passphrase.</summary>
    private string Summary(CreatedAccess created, Project project, BundleWriteResult written)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("name", created.Name);
            json.WriteString("type", CliType(arguments.Type));
            json.WriteString("project", project.Name);
            json.WriteString("project_id", project.Id);
            json.WriteString("created", BundleFileNames.IsoTimestamp(created.CreatedAt));
            if (created.NotAfter is { } notAfter)
            {
                json.WriteString("expires", BundleFileNames.IsoTimestamp(notAfter));
            }
            else
            {
                json.WriteNull("expires");
            }
            json.WriteStartArray("permissions");
            foreach (var permission in created.Permissions.Each())
            {
                json.WriteStringValue(permission.ToString().ToLowerInvariant());
            }
            json.WriteEndArray();
            json.WriteStartArray("buckets");
            foreach (var bucket in created.Buckets)
            {
                json.WriteStringValue(bucket);
            }
            json.WriteEndArray();
            if (created.Endpoint is { } endpoint)
            {
                json.WriteString("endpoint", endpoint);
            }
            if (arguments.Merge is { } merge)
            {
                json.WriteString("merge", CreateCommand.MergeWords.Single(w => w.Target == merge).Word);
                json.WriteString("profile", CredentialBundle.From(created).ProfileName);
            }
            else
            {
                json.WriteString("format", arguments.Format.ToString().ToLowerInvariant());
            }
            json.WriteStartArray("files");
            foreach (var file in written.Files)
            {
                json.WriteStringValue(file);
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private static string CliType(AccessType type) => type switch
    {
        AccessType.S3Credentials => "s3",
        AccessType.AccessGrant => "access-grant",
        _ => "api-key",
    };


    /// <summary>
    /// Logs each creation step as it happens, on the caller's thread. (Progress&lt;T&gt; would post to the thread pool,
    /// where a late step could hit the log after the command closed it.)
    /// </summary>
    private sealed class StepLog(ILogger logger) : IProgress<CreationStep>
    {
        public void Report(CreationStep value) => logger.CreationStepReached(value);
    }
}
