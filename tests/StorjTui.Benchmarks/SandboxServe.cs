using StorjTui.Sandbox;

namespace StorjTui.Benchmarks;

/// <summary>
/// <c>sandbox-serve DATA_FOLDER</c>: one in-process sandbox for measure.sh when the app has no
/// <c>sandbox serve</c> command. Prints its URL and demo REST key on two lines, then serves until stdin closes.
/// </summary>
internal static class SandboxServe
{
    public static async Task<int> RunAsync(string[] args)
    {
        var folder = args.Length > 0 ? args[0] : throw new ArgumentException("usage: sandbox-serve DATA_FOLDER");
        await using var sandbox = await SandboxServer.StartAsync(new SandboxOptions { DataFolder = folder });
        Console.WriteLine(sandbox.BaseUrl);
        Console.WriteLine(sandbox.DemoRestKey);
        Console.Out.Flush();
        await Console.In.ReadToEndAsync();
        return 0;
    }
}
