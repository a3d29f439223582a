using System.CommandLine;

namespace StorjTui.Cli;

/// <summary>`storj-tui logout`: deletes the saved console session.</summary>
internal static class LogoutCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("logout", "Delete the console session 'login' saved.");
        command.SetAction(parsed =>
        {
            var output = parsed.InvocationConfiguration.Output;
            string file = context.Paths.SessionFile;
            if (!File.Exists(file))
            {
                output.WriteLine("Not logged in: there is no saved session.");
                return ExitCodes.Ok;
            }
            var session = SavedSession.Load(file);
            File.Delete(file);
            output.WriteLine($"Logged out of {session?.ConsoleUrl.Host}: the saved session is deleted.");
            return ExitCodes.Ok;
        });
        return command;
    }
}
