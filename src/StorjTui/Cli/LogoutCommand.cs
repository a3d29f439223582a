using System.CommandLine;
using StorjTui.Core.Access;
using StorjTui.Storj.Console;

namespace StorjTui.Cli;

/// <summary>`storj-tui logout`: ends the saved console session on the satellite, then deletes it here.</summary>
internal static class LogoutCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("logout", "End the console session 'login' saved, on the satellite and here (the session file is deleted).");
        command.SetAction(async (parsed, cancellationToken) =>
        {
            var output = parsed.InvocationConfiguration.Output;
            string file = context.Paths.SessionFile;
            if (!File.Exists(file))
            {
                output.WriteLine("Not logged in: there is no saved session.");
                return ExitCodes.Ok;
            }
            // A session file we cannot read is deleted all the same: it is useless, and it may hold a token.
            SavedSession? session = null;
            try
            {
                session = SavedSession.Load(file);
            }
            catch (InvalidInputException)
            {
                // handled below: nothing to end on the satellite
            }
            string? failure = session is null ? null : await EndOnSatelliteAsync(context, session, cancellationToken);
            File.Delete(file);
            string where = session?.ConsoleUrl.Host ?? "the console";
            if (failure is null)
            {
                output.WriteLine($"Logged out of {where}: the session is ended on the satellite and the saved session is deleted.");
                return ExitCodes.Ok;
            }
            // The local copy is gone either way (the user asked for that); the satellite drops the session when it
            // expires (at most a week after login).
            parsed.InvocationConfiguration.Error.WriteLine(
                $"storj-tui: warning: could not end the session on {where} ({failure}); the saved session is deleted here and the satellite will expire it on its own.");
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>Returns null when the satellite ended the session, else why not (no secrets in it).</summary>
    private static async Task<string?> EndOnSatelliteAsync(CliContext context, SavedSession session, CancellationToken cancellationToken)
    {
        var options = context.LoadOptions();
        using var client = new ConsoleClient(session.ConsoleUrl, options.Http with { Timeout = TimeSpan.FromSeconds(10), MaxAttempts = 1 });
        client.UseSessionToken(session.Token);
        try
        {
            await client.GetConfigAsync(cancellationToken); // the CSRF token every write needs
            await client.LogOutAsync(cancellationToken);
            return null;
        }
        catch (StorjConnectionException e)
        {
            return e.Message;
        }
    }
}
