using StorjTui.Configuration;
using StorjTui.Core.Flow;

namespace StorjTui.Tui.Presenters;

/// <summary>The real environment of the app: system clock and zone, the BIP-39 generator, the real back ends.</summary>
internal static class TuiDefaults
{
    public static TuiEnvironment Environment(AppConnections connections, AppPaths paths) => new(
        FlowServices.CreateDefault(),
        connections.Open,
        Directory.GetCurrentDirectory(),
        Core.Bundles.UserPaths.HomeFolder(System.Environment.GetEnvironmentVariable),
        S3Verify.RunAsync,
        LastConnectionFile: Path.Combine(paths.StateFolder, "last-connect"),
        Variables: System.Environment.GetEnvironmentVariable);
}
