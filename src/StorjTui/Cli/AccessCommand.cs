using System.CommandLine;

namespace StorjTui.Cli;

/// <summary>`storj-tui access …`: the access grant commands (uplink-compatible where uplink has them).</summary>
internal static class AccessCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("access", "Inspect, restrict and create access grants; list and delete a project's accesses.");
        command.Subcommands.Add(AccessInspectCommand.Create(context));
        command.Subcommands.Add(AccessRestrictCommand.Create(context));
        command.Subcommands.Add(AccessCreateCommand.Create(context));
        command.Subcommands.Add(AccessListCommand.Create(context));
        command.Subcommands.Add(AccessDeleteCommand.Create(context));
        return command;
    }
}
