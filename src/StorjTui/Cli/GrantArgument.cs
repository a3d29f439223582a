using System.CommandLine;
using StorjTui.Storj.Grants;

namespace StorjTui.Cli;

/// <summary>
/// Where a command takes an access grant from: a GRANT argument ('-' = stdin), <c>--access-file</c>, or
/// <c>STORJ_ACCESS</c>. Grants are secrets, so help texts steer people to the last three on shared machines.
/// </summary>
internal sealed class GrantArgument
{
    public const string EnvironmentVariable = "STORJ_ACCESS";

    public const string SharedMachineAdvice =
        "On shared machines pass secrets with '-' (stdin), a file or the environment: arguments are visible to other users in the process list.";

    public Argument<string?> Argument { get; } = new("grant")
    {
        Arity = ArgumentArity.ZeroOrOne,
        Description = $"The access grant, or '-' to read it from stdin (default: {EnvironmentVariable}).",
    };

    public Option<string?> File { get; } = new("--access-file")
    {
        Description = "Read the access grant from this file.",
        HelpName = "FILE",
    };

    public void AddTo(Command command)
    {
        command.Arguments.Add(Argument);
        command.Options.Add(File);
    }

    /// <summary>Reads and parses the grant; <paramref name="alternative"/> is another flag naming it (uplink's --access).</summary>
    public AccessGrant Read(ParseResult parsed, SecretInput secrets, string? alternative = null)
    {
        string? argument = parsed.GetValue(Argument);
        if (argument is { Length: > 1 } && argument[0] == '-')
        {
            // The parser hands an unknown option to the optional GRANT argument; it is no grant.
            throw new UsageException($"unknown option '{argument}': see --help.");
        }
        if (argument is not null && alternative is not null)
        {
            throw new UsageException("give the access grant either as an argument or with --access, not both.");
        }
        string text = secrets.Read("access grant", argument ?? alternative, parsed.GetValue(File), EnvironmentVariable);
        return AccessGrant.Parse(text);
    }
}
