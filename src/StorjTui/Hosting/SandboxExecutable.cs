using StorjTui.Sandbox.ChildProcess;

namespace StorjTui.Hosting;

/// <summary>
/// How to start <c>storj-tui-sandbox</c>: <see cref="Program"/> with <see cref="Arguments"/> (tests run the debug build
/// through <c>dotnet</c>); <see cref="Path"/> is the executable the user would look for.
/// </summary>
internal sealed record SandboxExecutable(string Program, IReadOnlyList<string> Arguments, string Path)
{
    /// <summary>What to do when it is missing, for the message.</summary>
    public const string HowToGet = "It ships beside storj-tui: reinstall the tool ('dotnet tool update -g StorjTui'), or publish both with 'scripts/publish.sh aot'.";

    /// <summary>The executable itself, no arguments.</summary>
    public static SandboxExecutable At(string path) => new(path, [], path);

    /// <summary><c>storj-tui-sandbox</c> in this executable's folder (for a tool install, the package's folder, not the shim's).</summary>
    public static SandboxExecutable BesideThisApp()
    {
        // The app's own folder, also when a tool shim or a symbolic link started it.
        string folder = AppContext.BaseDirectory;
        return At(System.IO.Path.Join(folder, SandboxProtocol.ExecutableName));
    }

    /// <summary>Throws <see cref="SandboxStartException"/> naming <see cref="Path"/> when it is missing or not executable.</summary>
    public void Check()
    {
        if (!File.Exists(Path))
        {
            throw new SandboxStartException($"The sandbox cannot start: {Path} is missing. {HowToGet}");
        }
        const UnixFileMode anyExecute = UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute;
        if ((File.GetUnixFileMode(Path) & anyExecute) == 0)
        {
            throw new SandboxStartException($"The sandbox cannot start: {Path} is not executable (chmod +x it). {HowToGet}");
        }
    }
}
