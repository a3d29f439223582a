using System.CommandLine;
using StorjTui.Logging;

namespace StorjTui.Cli;

/// <summary>Builds the `storj-tui` command tree. Each command lives in its own file and is added here.</summary>
internal static class CommandLine
{
    public static int Run(string[] args) => Run(args, Console.Out, Console.Error, CliContext.FromConsole());

    /// <summary>Runs one command line; <paramref name="context"/> supplies stdin, environment, terminal and clock (tests pass their own).</summary>
    public static int Run(string[] args, TextWriter output, TextWriter error, CliContext? context = null)
    {
        context ??= CliContext.FromConsole();
        // Server and user text ends up in these lines: one guard for every command (see TerminalSafeWriter).
        output = new TerminalSafeWriter(output);
        error = new TerminalSafeWriter(error);
        context.WarningOutput = error;
        var root = new RootCommand("StorjTui: create Storj S3 credentials from a terminal, over SSH, without a browser.");
        // Commands are registered below, one line each.
        TuiCommand.AddTo(root);
        root.Subcommands.Add(AccessCommand.Create(context));
        root.Subcommands.Add(PassphraseCommand.Create());
        root.Subcommands.Add(VerifyCommand.Create());
        root.Subcommands.Add(SandboxCommand.Create());
        root.Subcommands.Add(CreateCommand.Create(context));
        root.Subcommands.Add(LoginCommand.Create(context));
        root.Subcommands.Add(LogoutCommand.Create(context));
        VersionAction.Apply(root);

        // "@file" arguments are not expanded: a grant or key typed after @ must never be read implicitly.
        ParseResult parsed = root.Parse(args, new ParserConfiguration { ResponseFileTokenReplacer = null });
        if (parsed.Errors.Count > 0)
        {
            foreach (var parseError in parsed.Errors)
            {
                error.WriteLine($"storj-tui: {parseError.Message}");
            }
            error.WriteLine($"Try '{CommandPath(parsed)} --help'.");
            return ExitCodes.Usage;
        }
        if (MistypedSwitch(parsed, args) is { } mistyped)
        {
            error.WriteLine($"storj-tui: {mistyped}");
            error.WriteLine($"Try '{CommandPath(parsed)} --help'.");
            return ExitCodes.Usage;
        }
        try
        {
            return parsed.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        }
        catch (UsageException e)
        {
            error.WriteLine($"storj-tui: {e.Message}");
            return ExitCodes.Usage;
        }
        catch (OperationCanceledException)
        {
            error.WriteLine("storj-tui: cancelled.");
            return ExitCodes.Failed;
        }
        catch (Exception e)
        {
            // User-caused errors are typed and carry a message meant for people; the redactor is a last guard.
            error.WriteLine($"storj-tui: {SecretRedactor.Redact(e.Message)}");
            return ExitCodes.Failed;
        }
    }

    /// <summary>
    /// <c>--readonly=maybe</c>: the parser leaves a value a true/false option cannot read for the next argument
    /// (e.g. a GRANT, which then fails as "too short"), so the mistake is named here.
    /// </summary>
    private static string? MistypedSwitch(ParseResult parsed, string[] args)
    {
        var options = new List<Option>();
        for (var result = parsed.CommandResult; result is not null; result = result.Parent as System.CommandLine.Parsing.CommandResult)
        {
            options.AddRange(result.Command.Options);
        }
        foreach (string arg in args.TakeWhile(a => a != "--"))
        {
            int equals = arg.IndexOf('=', StringComparison.Ordinal);
            if (!arg.StartsWith("--", StringComparison.Ordinal) || equals < 0)
            {
                continue;
            }
            string name = arg[..equals];
            string value = arg[(equals + 1)..];
            if (options.Any(o => o is Option<bool> && (o.Name == name || o.Aliases.Contains(name))) && !bool.TryParse(value, out _))
            {
                return $"{name} takes true or false, not '{value}'.";
            }
        }
        return null;
    }

    private static string CommandPath(ParseResult parsed)
    {
        var names = new List<string>();
        for (var result = parsed.CommandResult; result is not null; result = result.Parent as System.CommandLine.Parsing.CommandResult)
        {
            names.Insert(0, result.Command is RootCommand ? "storj-tui" : result.Command.Name);
        }
        return string.Join(' ', names);
    }
}
