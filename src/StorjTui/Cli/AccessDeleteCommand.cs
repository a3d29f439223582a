using System.CommandLine;
using StorjTui.Core.Text;

namespace StorjTui.Cli;

/// <summary>`storj-tui access delete NAME --yes [--project P] [--sandbox]`: deletes — and so revokes — an access.</summary>
internal static class AccessDeleteCommand
{
    public static Command Create(CliContext context)
    {
        var name = new Argument<string>("name") { Description = "The access name." };
        var yes = new Option<bool>("--yes") { Description = "Confirm: deleting revokes the access, and everything made from it stops working." };
        var project = SandboxSwitch.Project();
        var sandbox = SandboxSwitch.Create();
        var command = new Command("delete", "Delete an access. This revokes it: its S3 credentials, grants and API key stop working.") { name, yes, project, sandbox };
        command.SetAction(async (parsed, cancellationToken) =>
        {
            string accessName = parsed.GetValue(name)!;
            if (!parsed.GetValue(yes))
            {
                throw new UsageException($"deleting '{TerminalText.Show(accessName)}' revokes it: its S3 credentials, access grants and API key stop working at once. Add --yes to delete it.");
            }
            var options = context.LoadOptions();
            using var log = new CliLog(context.Paths, options.LogLevel, "access-delete");
            await using var opened = await CliConnection.OpenAsync(context, options, parsed.GetValue(sandbox), log.Logger, cancellationToken);
            var chosen = await ProjectChoice.FindAsync(opened.Connection, parsed.GetValue(project), cancellationToken);
            var accesses = await opened.Connection.ListAccessesAsync(chosen, cancellationToken);
            if (!accesses.Any(a => a.Name == accessName))
            {
                throw new InvalidInputException($"there is no access named '{TerminalText.Show(accessName)}' in '{TerminalText.Show(chosen.Name)}'.");
            }
            await opened.Connection.DeleteAccessAsync(chosen, accessName, cancellationToken);
            log.Logger.Deleted(accessName, chosen.Name);
            parsed.InvocationConfiguration.Output.WriteLine($"Deleted '{TerminalText.Show(accessName)}' from '{TerminalText.Show(chosen.Name)}': it is revoked.");
            return ExitCodes.Ok;
        });
        return command;
    }
}
