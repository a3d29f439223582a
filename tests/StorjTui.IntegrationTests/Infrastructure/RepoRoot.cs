namespace StorjTui.IntegrationTests.Infrastructure;

/// <summary>The repository checkout the tests run from, found by walking up to StorjTui.sln.</summary>
public static class RepoRoot
{
    private static readonly Lazy<string> Root = new(Find);

    /// <summary>The folder holding StorjTui.sln.</summary>
    public static string Path => Root.Value;

    /// <summary>A file under the repository root, e.g. "tests/scripts/radosgw.sh".</summary>
    public static string File(string relative) => System.IO.Path.Combine(Path, relative);

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (System.IO.File.Exists(System.IO.Path.Combine(dir.FullName, "StorjTui.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"StorjTui.sln not found above {AppContext.BaseDirectory}.");
    }
}
