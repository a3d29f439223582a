using System.Security.Cryptography;

namespace StorjTui.Cli;

/// <summary>
/// Reads an encryption passphrase from stdin (<c>--passphrase-stdin</c>) or, on a terminal, from a prompt with
/// echo off — never from an argument. Returns UTF-8 bytes the caller clears.
/// </summary>
internal static class PassphraseSource
{
    public const string StdinFlag = "--passphrase-stdin";

    public static byte[] Read(CliContext context, bool fromStdin, bool confirm)
    {
        byte[] passphrase;
        if (fromStdin)
        {
            passphrase = context.Secrets.ReadPassphraseFromStdin();
        }
        else if (context.Terminal is { } terminal)
        {
            passphrase = Prompt(terminal, confirm);
        }
        else
        {
            throw new UsageException($"no passphrase: stdin is not a terminal, so pipe the passphrase in and pass {StdinFlag}.");
        }
        if (passphrase.Length == 0)
        {
            throw new InvalidInputException("the passphrase is empty: Storj needs a passphrase to encrypt your data.");
        }
        return passphrase;
    }

    private static byte[] Prompt(ITerminal terminal, bool confirm)
    {
        byte[] first = terminal.ReadSecret("Passphrase: ");
        if (!confirm)
        {
            return first;
        }
        byte[] second = terminal.ReadSecret("Passphrase again: ");
        try
        {
            if (!CryptographicOperations.FixedTimeEquals(first, second))
            {
                CryptographicOperations.ZeroMemory(first);
                throw new InvalidInputException("the passphrases do not match.");
            }
            return first;
        }
        finally
        {
            CryptographicOperations.ZeroMemory(second);
        }
    }
}
