using StorjTui.IntegrationTests.Infrastructure;

namespace StorjTui.IntegrationTests.Tool;

/// <summary>
/// The `dotnet tool` packages, packed once per test run by <c>scripts/publish.sh tool</c> (the Native AOT compile is
/// the expensive part: minutes) into a feed folder of its own, built apart from bin/ and obj/.
/// </summary>
public sealed class ToolFeedFixture : IDisposable
{
    /// <summary>The Native AOT compile under a loaded CI machine; well inside CI's 90 minutes.</summary>
    private static readonly TimeSpan PackLimit = TimeSpan.FromMinutes(30);

    private readonly string _root = Directory.CreateTempSubdirectory("storj-tui-tool-").FullName;
    private readonly Lazy<Task<string>> _feed;

    public ToolFeedFixture() => _feed = new Lazy<Task<string>>(PackAsync);

    /// <summary>The folder holding StorjTui, StorjTui.linux-x64 and StorjTui.any .nupkg files.</summary>
    public Task<string> FeedAsync() => _feed.Value;

    /// <summary>A new empty folder under this fixture's temporary root.</summary>
    public string NewFolder(string name) => Directory.CreateDirectory(Path.Join(_root, name, Guid.NewGuid().ToString("n"))).FullName;

    private async Task<string> PackAsync()
    {
        string feed = Path.Join(_root, "feed");
        CommandResult packed = await ExternalCommand.RunAsync(
            RepoRoot.File("scripts/publish.sh"),
            ["tool"],
            new Dictionary<string, string?>
            {
                ["TOOL_FEED"] = feed,
                ["TOOL_BUILD"] = Path.Join(_root, "build"),
                ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
            },
            workingDirectory: RepoRoot.Path,
            timeout: PackLimit);
        Assert.True(packed.Succeeded, $"scripts/publish.sh tool failed: {packed.Describe()}");
        return feed;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
            // best effort: a temp folder
        }
    }
}
