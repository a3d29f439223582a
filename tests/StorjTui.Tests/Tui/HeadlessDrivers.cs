using System.Runtime.CompilerServices;

namespace StorjTui.Tests.Tui;

internal static class HeadlessDrivers
{
    /// <summary>Keeps every Terminal.Gui driver off the real console (tests hang in a real terminal without it).</summary>
    [ModuleInitializer]
    internal static void Init() => Environment.SetEnvironmentVariable("DisableRealDriverIO", "1");
}
