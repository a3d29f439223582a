using System.CommandLine;
using System.Globalization;
using System.Security.Cryptography;
using StorjTui.Storj.Grants;

namespace StorjTui.Cli;

/// <summary>
/// `storj-tui access create --satellite-address ADDR (--api-key KEY | --api-key-file F | STORJ_API_KEY)
/// --salt BASE64 --passphrase-stdin`: builds an access grant offline, as the console does in the browser.
/// </summary>
internal static class AccessCreateCommand
{
    public const string ApiKeyEnvironmentVariable = "STORJ_API_KEY";

    public static Command Create(CliContext context)
    {
        var satellite = new Option<string>("--satellite-address")
        {
            Description = "The satellite's node URL (id@host:port), as written into grants, e.g. 12EayRS2V1kEsWESU9QMRseFhdxYxKicsiFmxrsLZHeLUtdps3S@us1.storj.io:7777.",
            HelpName = "ADDR",
            Required = true,
        };
        var apiKey = new Option<string?>("--api-key")
        {
            Description = $"The API key, or '-' to read it from stdin (default: {ApiKeyEnvironmentVariable}).",
            HelpName = "KEY",
        };
        var apiKeyFile = new Option<string?>("--api-key-file")
        {
            Description = "Read the API key from this file.",
            HelpName = "FILE",
        };
        var salt = new Option<string>("--salt")
        {
            Description = "The project's salt (base64), as the console API returns it.",
            HelpName = "BASE64",
            Required = true,
        };
        var passphraseStdin = new Option<bool>(PassphraseSource.StdinFlag)
        {
            Description = "Read the encryption passphrase from stdin (without this, it is prompted for on a terminal).",
        };
        var command = new Command("create",
            "Build an access grant offline from an API key, the project salt and your passphrase — no network. " +
            "The passphrase is read only from stdin or a prompt, never from an argument. " + GrantArgument.SharedMachineAdvice)
        {
            satellite, apiKey, apiKeyFile, salt, passphraseStdin,
        };
        command.SetAction(parsed =>
        {
            string address = parsed.GetValue(satellite)!.Trim();
            if (address.Length == 0 || address.Any(char.IsWhiteSpace))
            {
                throw new InvalidInputException("--satellite-address must be the satellite's node URL: <node id>@<host>:<port>.");
            }
            if (!IsNodeUrl(address))
            {
                // uplink accepts any address too; a grant with a wrong one simply cannot connect.
                parsed.InvocationConfiguration.Error.WriteLine($"storj-tui: warning: --satellite-address does not look like a node URL (<node id>@<host>:<port>); the grant only works with the right one.");
            }
            byte[] saltBytes = DecodeSalt(parsed.GetValue(salt)!);
            bool fromStdin = parsed.GetValue(passphraseStdin);
            string? keyArgument = parsed.GetValue(apiKey);
            if (fromStdin && keyArgument == "-")
            {
                throw new UsageException("stdin can carry only one secret: give the API key with --api-key-file or STORJ_API_KEY.");
            }
            var key = ApiKey.Parse(context.Secrets.Read("API key", keyArgument, parsed.GetValue(apiKeyFile), ApiKeyEnvironmentVariable));
            byte[] passphrase = PassphraseSource.Read(context, fromStdin, confirm: true);
            try
            {
                var grant = GrantBuilder.Create(key, address, passphrase, saltBytes);
                var output = parsed.InvocationConfiguration.Output;
                output.Write(grant.Serialize() + "\n");
                output.Flush();
                return ExitCodes.Ok;
            }
            finally
            {
                CryptographicOperations.ZeroMemory(passphrase);
            }
        });
        return command;
    }

    private static byte[] DecodeSalt(string text)
    {
        try
        {
            byte[] salt = Convert.FromBase64String(text.Trim());
            return salt.Length > 0 ? salt : throw new InvalidInputException("--salt is empty: give the project's salt in base64.");
        }
        catch (FormatException e)
        {
            throw new InvalidInputException("--salt is not base64: give the project's salt as the console API returns it.", e);
        }
    }

    private static bool IsNodeUrl(string value)
    {
        int at = value.IndexOf('@', StringComparison.Ordinal);
        int colon = value.LastIndexOf(':');
        return at > 0 && colon > at + 1 && int.TryParse(value.AsSpan(colon + 1), NumberStyles.None, CultureInfo.InvariantCulture, out int port) && port is > 0 and <= 65535;
    }
}
