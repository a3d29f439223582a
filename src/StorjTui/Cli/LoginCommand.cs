using System.CommandLine;
using System.Security.Cryptography;
using System.Text;
using StorjTui.Configuration;
using StorjTui.Hosting;
using StorjTui.Sandbox;
using StorjTui.Storj.Connections;
using StorjTui.Storj.Console;

namespace StorjTui.Cli;

/// <summary>
/// `storj-tui login [--region us1|eu1|ap1 | --satellite URL] [--rest-key-stdin] [--sandbox]`: logs in to the
/// satellite console (e-mail, password and MFA code prompted with echo off) and saves the session token (0600).
/// </summary>
internal static class LoginCommand
{
    public static Command Create(CliContext context)
    {
        var region = new Option<string?>("--region") { Description = "The Storj region: us1, eu1 or ap1 (default: the configured one).", HelpName = "R" };
        region.AcceptOnlyFromAmong("us1", "eu1", "ap1");
        var satellite = new Option<string?>("--satellite") { Description = "Another satellite's console URL, e.g. https://satellite.example.com.", HelpName = "URL" };
        var restKey = new Option<bool>("--rest-key-stdin")
        {
            Description = "Log in with a console REST key (account settings) read from stdin — for scripts, and when the satellite asks for a captcha.",
        };
        var sandbox = SandboxSwitch.Create();
        var command = new Command("login",
            "Log in to the Storj console and save the session (0600) for the other commands. E-mail, password (echo off) and two-factor code are asked on the terminal.")
        {
            region, satellite, restKey, sandbox,
        };
        command.SetAction(async (parsed, cancellationToken) =>
        {
            var output = parsed.InvocationConfiguration.Output;
            var options = context.LoadOptions();
            if (parsed.GetValue(region) is not null && parsed.GetValue(satellite) is not null)
            {
                throw new UsageException("give --region or --satellite, not both.");
            }
            if (parsed.GetValue(sandbox))
            {
                // Every --sandbox command logs in as the demo user by itself: there is no session to keep.
                await using var opened = await CliConnection.OpenAsync(context, options, sandbox: true, Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance, cancellationToken);
                output.WriteLine($"The sandbox needs no login: commands with --sandbox log in as {SandboxServer.DemoEmail} by themselves.");
                return ExitCodes.Ok;
            }
            bool useRestKey = parsed.GetValue(restKey);
            if (!useRestKey && context.Terminal is null)
            {
                throw new UsageException("login asks for your e-mail and password on a terminal, and stdin is not one: in scripts, pipe a console REST key and pass --rest-key-stdin.");
            }
            var (consoleUrl, nodeUrl) = Target(options, parsed.GetValue(region), parsed.GetValue(satellite));
            await using var backEnds = CliConnection.Factory(context, options);
            using var log = new CliLog(context.Paths, options.LogLevel, "login");
            SatelliteConnection connection = useRestKey
                ? await backEnds.LogInWithRestKeyAsync(consoleUrl, nodeUrl, context.Secrets.Read("console REST key", "-", null, null), cancellationToken)
                : await LogInOnTerminalAsync(backEnds, consoleUrl, nodeUrl, context.Terminal!, cancellationToken);
            await using (connection)
            {
                string token = connection.Console.SessionToken ?? throw new InvalidInputException("the satellite answered without a session.");
                new SavedSession(consoleUrl, nodeUrl, token).Save(context.Paths.SessionFile);
                log.Logger.LoggedIn(consoleUrl);
                output.WriteLine($"Logged in to {consoleUrl.Host}. Session saved in {context.Paths.SessionFile} (readable only by you); 'storj-tui logout' deletes it.");
            }
            return ExitCodes.Ok;
        });
        return command;
    }

    private static (Uri ConsoleUrl, string? NodeUrl) Target(StorjTuiOptions options, string? region, string? satellite)
    {
        if (satellite is not null)
        {
            if (!Uri.TryCreate(satellite, UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp))
            {
                throw new InvalidInputException("--satellite must be a console URL such as https://satellite.example.com.");
            }
            if (url.Scheme == Uri.UriSchemeHttp && !url.IsLoopback && !options.Insecure)
            {
                throw new InvalidInputException("--satellite uses plain HTTP to a non-loopback host: use https:// (or set Insecure if you accept sending your password unencrypted).");
            }
            return (url, null);
        }
        string name = region ?? options.Region;
        if (name == "custom")
        {
            return (options.SatelliteUrl!, options.SatelliteNodeUrl);
        }
        var preset = SatelliteRegion.Find(name) ?? throw new InvalidInputException($"unknown region '{name}'.");
        return (preset.ConsoleUrl, preset.NodeUrl);
    }

    private static async Task<SatelliteConnection> LogInOnTerminalAsync(BackEnds backEnds, Uri consoleUrl, string? nodeUrl, ITerminal terminal, CancellationToken cancellationToken)
    {
        string email = terminal.ReadLine("Email: ").Trim();
        byte[] passwordBytes = terminal.ReadSecret("Password: ");
        // The console API takes the password as a JSON string, so it has to become one for the request.
        string password = Encoding.UTF8.GetString(passwordBytes);
        CryptographicOperations.ZeroMemory(passwordBytes);
        try
        {
            return await backEnds.LogInAsync(consoleUrl, nodeUrl, email, password, null, null, cancellationToken);
        }
        catch (MfaRequiredException)
        {
            return await LogInWithCodeAsync(backEnds, consoleUrl, nodeUrl, email, password, terminal.ReadLine("Two-factor code (or a recovery code): "), cancellationToken);
        }
        catch (CaptchaRequiredException e)
        {
            // console/service.go Token: an account with MFA that sends its code skips the captcha.
            string code = terminal.ReadLine("The satellite asks for a captcha. Two-factor code, to log in without it (Enter if the account has none): ");
            if (string.IsNullOrWhiteSpace(code))
            {
                throw new InvalidInputException($"{e.Message} For the REST key: storj-tui login --rest-key-stdin.", e);
            }
            try
            {
                return await LogInWithCodeAsync(backEnds, consoleUrl, nodeUrl, email, password, code, cancellationToken);
            }
            catch (CaptchaRequiredException again)
            {
                throw new InvalidInputException(
                    "The satellite still asks for a captcha: a two-factor code replaces it only for accounts with two-factor authentication on. Log in with a console REST key instead: storj-tui login --rest-key-stdin.",
                    again);
            }
        }
    }

    private static Task<SatelliteConnection> LogInWithCodeAsync(BackEnds backEnds, Uri consoleUrl, string? nodeUrl, string email, string password, string code, CancellationToken cancellationToken)
    {
        var (passcode, recoveryCode) = MfaCode.Split(code);
        return backEnds.LogInAsync(consoleUrl, nodeUrl, email, password, passcode, recoveryCode, cancellationToken);
    }
}
