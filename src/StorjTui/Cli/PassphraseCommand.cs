using System.CommandLine;
using System.Globalization;
using StorjTui.Core.Passphrases;

namespace StorjTui.Cli;

/// <summary>`storj-tui passphrase [--count N]`: prints fresh 12-word passphrases, offline, one per line.</summary>
internal static class PassphraseCommand
{
    public const int MaxCount = 1000;

    public static Command Create()
    {
        // Parsed by hand so every bad N (not a number, out of range) gets the same message and exit code 2.
        var count = new Option<string>("--count")
        {
            Description = $"How many passphrases to print (1-{MaxCount}).",
            HelpName = "N",
            DefaultValueFactory = _ => "1",
        };
        var command = new Command("passphrase", "Print fresh 12-word BIP-39 passphrases (offline, from the OS random generator).")
        {
            count,
        };
        command.SetAction(parseResult =>
        {
            var output = parseResult.InvocationConfiguration.Output;
            var error = parseResult.InvocationConfiguration.Error;
            var text = parseResult.GetValue(count);
            if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n < 1 || n > MaxCount)
            {
                error.WriteLine($"--count must be a whole number from 1 to {MaxCount}.");
                return ExitCodes.Usage;
            }

            var generator = new PassphraseGenerator();
            for (var i = 0; i < n; i++)
            {
                using var phrase = generator.Generate();
                phrase.WriteTo(output);
                output.Write('\n');
            }

            output.Flush();
            return ExitCodes.Ok;
        });
        return command;
    }
}
