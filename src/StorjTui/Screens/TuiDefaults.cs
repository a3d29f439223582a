using StorjTui.Core.Flow;
using StorjTui.Core.Passphrases;

namespace StorjTui.Screens;

/// <summary>The real environment of the app: system clock and zone, the BIP-39 generator, the real back ends.</summary>
internal static class TuiDefaults
{
    public static TuiEnvironment Environment() => new(
        new FlowServices(TimeProvider.System, TimeZoneInfo.Local, GeneratePassphrase),
        Connections.Open,
        Directory.GetCurrentDirectory(),
        System.Environment.GetFolderPath(System.Environment.SpecialFolder.UserProfile));

    private static byte[] GeneratePassphrase()
    {
        using GeneratedPassphrase phrase = new PassphraseGenerator().Generate();
        return phrase.ToUtf8Bytes();
    }
}
