using System.CommandLine;

namespace StorjTui.Cli;

/// <summary>`storj-tui access inspect [GRANT|-]`: prints the JSON uplink's `access inspect` prints.</summary>
internal static class AccessInspectCommand
{
    public static Command Create(CliContext context)
    {
        var source = new GrantArgument();
        var command = new Command("inspect",
            "Print an access grant's parts as JSON, exactly as uplink's 'access inspect' does. " + GrantArgument.SharedMachineAdvice);
        source.AddTo(command);
        command.SetAction(parsed =>
        {
            var grant = source.Read(parsed, context.Secrets);
            var output = parsed.InvocationConfiguration.Output;
            output.Write(AccessInspectJson.Write(grant) + "\n");
            output.Flush();
            return ExitCodes.Ok;
        });
        return command;
    }
}
