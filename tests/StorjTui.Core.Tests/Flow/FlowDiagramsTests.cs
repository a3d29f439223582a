using StorjTui.Core.Flow;

namespace StorjTui.Core.Tests.Flow;

/// <summary>
/// Keeps the README's diagrams equal to what the code declares. Run with UPDATE_FLOW_DIAGRAMS=1 to rewrite
/// the README section instead of failing.
/// </summary>
public class FlowDiagramsTests
{
    [Fact]
    public void Readme_shows_the_diagrams_the_code_generates()
    {
        var path = FindReadme();
        var readme = File.ReadAllText(path).ReplaceLineEndings("\n");
        var expected = FlowDiagrams.UpdateReadme(readme);
        if (expected != readme && Environment.GetEnvironmentVariable("UPDATE_FLOW_DIAGRAMS") == "1")
        {
            File.WriteAllText(path, expected);
            readme = expected;
        }

        Assert.True(expected == readme,
            "README.md's flow diagrams differ from the code: run `UPDATE_FLOW_DIAGRAMS=1 dotnet test tests/StorjTui.Core.Tests --filter FlowDiagramsTests` and commit README.md.");
    }

    [Fact]
    public void Mermaid_lists_every_state_and_guard()
    {
        var create = FlowDiagrams.CreateAccessMermaid();
        foreach (var step in Enum.GetNames<CreateAccessStep>())
        {
            Assert.Contains(step, create, StringComparison.Ordinal);
        }

        Assert.Contains("TypeAndName --> Permissions : Next [name valid] [type offered]", create, StringComparison.Ordinal);
        Assert.Contains("ConfirmDetails --> Creating : Confirm [draft valid]", create, StringComparison.Ordinal);

        var navigation = FlowDiagrams.NavigationMermaid();
        foreach (var step in Enum.GetNames<NavigationStep>())
        {
            Assert.Contains(step, navigation, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Dot_is_generated_too()
    {
        Assert.StartsWith("digraph {", FlowDiagrams.NavigationDot(), StringComparison.Ordinal);
        Assert.Contains("\"DeleteAccess\" -> \"Deleting\"", FlowDiagrams.NavigationDot(), StringComparison.Ordinal);
        Assert.Contains("entry / generate once", FlowDiagrams.CreateAccessDot(), StringComparison.Ordinal);
    }

    [Fact]
    public void Updating_replaces_only_the_section()
    {
        var once = FlowDiagrams.UpdateReadme("# T\n\n<!-- flows -->\n\n## Next\n");
        Assert.StartsWith("# T\n\n<!-- flows -->\n", once, StringComparison.Ordinal);
        Assert.EndsWith("<!-- /flows -->\n\n## Next\n", once, StringComparison.Ordinal);
        Assert.Equal(once, FlowDiagrams.UpdateReadme(once));
        Assert.Throws<InvalidOperationException>(() => FlowDiagrams.UpdateReadme("# no marker"));
    }

    private static string FindReadme()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "README.md");
            if (File.Exists(candidate) && File.Exists(Path.Combine(dir.FullName, "StorjTui.sln")))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException("README.md not found above " + AppContext.BaseDirectory);
    }
}
