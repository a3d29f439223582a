using Stateless.Graph;
using Stateless.Reflection;

namespace StorjTui.Core.Flow;

/// <summary>
/// Draws the two flows from their declarations (Stateless's own graph output), so the README's diagrams are
/// generated, never hand-drawn; a test fails when the README's copy differs from <see cref="ReadmeSection"/>.
/// </summary>
public static class FlowDiagrams
{
    /// <summary>The README marker lines the generated section sits between.</summary>
    public const string StartMarker = "<!-- flows -->";

    public const string EndMarker = "<!-- /flows -->";

    public static string NavigationMermaid() => MermaidGraph.Format(NavigationInfo(), MermaidGraphDirection.TopToBottom);

    public static string CreateAccessMermaid() => MermaidGraph.Format(CreateAccessInfo(), MermaidGraphDirection.TopToBottom);

    /// <summary>Graphviz DOT, for <c>dot -Tsvg</c>.</summary>
    public static string NavigationDot() => UmlDotGraph.Format(NavigationInfo());

    public static string CreateAccessDot() => UmlDotGraph.Format(CreateAccessInfo());

    /// <summary>The README section (markers included): both flows as Mermaid blocks, GitHub renders them.</summary>
    public static string ReadmeSection()
    {
        var nl = "\n";
        return StartMarker + nl
            + "Generated from the code by `FlowDiagrams` (the test `FlowDiagramsTests` fails when this copy is stale;" + nl
            + "run it with `UPDATE_FLOW_DIAGRAMS=1` to rewrite it). Guards in brackets are the console's rules;" + nl
            + "a refused trigger stays put and shows the rule's message." + nl + nl
            + "End dates and times, on the screens and on the command line, use one syntax: `none`, `now`," + nl
            + "`+90m` / `+2h30m` / `+7d` from now (`m` is minutes), RFC 3339 (`2026-07-01T12:00:00Z`), a date" + nl
            + "`2026-07-01` (ends 23:59:59 your local time), or the presets `1d`, `1w`, `1mo`, `1y` (end of that day)." + nl + nl
            + "**Navigation**" + nl + nl
            + "```mermaid" + nl + Normalize(NavigationMermaid()) + nl + "```" + nl + nl
            + "**Create access**" + nl + nl
            + "```mermaid" + nl + Normalize(CreateAccessMermaid()) + nl + "```" + nl
            + EndMarker;
    }

    /// <summary>Replaces the section between the markers (or the bare start marker line) in README text.</summary>
    public static string UpdateReadme(string readme)
    {
        ArgumentNullException.ThrowIfNull(readme);
        var start = readme.IndexOf(StartMarker, StringComparison.Ordinal);
        if (start < 0)
        {
            throw new InvalidOperationException($"README has no {StartMarker} line.");
        }

        var end = readme.IndexOf(EndMarker, start, StringComparison.Ordinal);
        var stop = end >= 0 ? end + EndMarker.Length : start + StartMarker.Length;
        return string.Concat(readme.AsSpan(0, start), ReadmeSection(), readme.AsSpan(stop));
    }

    // Stateless ends lines with the platform newline and may leave trailing spaces; the README wants neither.
    private static string Normalize(string graph) =>
        string.Join("\n", graph.ReplaceLineEndings("\n").Split('\n').Select(l => l.TrimEnd())).Trim('\n');

    private static FlowServices Inert() => new(TimeProvider.System, TimeZoneInfo.Utc, () => []);

    private static StateMachineInfo NavigationInfo()
    {
        using var flow = new NavigationFlow(Inert());
        return flow.Info;
    }

    private static StateMachineInfo CreateAccessInfo()
    {
        using var flow = new CreateAccessFlow(new CreateAccessSetup([], [], CurrentPassphrase.ProjectPassphrase), Inert());
        return flow.Info;
    }
}
