using StorjTui.Core.Access;
using StorjTui.Core.Text;

namespace StorjTui.Cli;

/// <summary>Picks the project a command works in: by name or id, else the oldest (the console's default).</summary>
internal static class ProjectChoice
{
    public static async Task<Project> FindAsync(IStorjConnection connection, string? wanted, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        return Find(await connection.ListProjectsAsync(cancellationToken), wanted);
    }

    /// <summary>The project named or numbered <paramref name="wanted"/> among <paramref name="projects"/>, else the oldest.</summary>
    public static Project Find(IReadOnlyList<Project> projects, string? wanted)
    {
        if (projects.Count == 0)
        {
            throw new InvalidInputException("the account has no project: create one in the web console first.");
        }
        if (string.IsNullOrWhiteSpace(wanted))
        {
            return projects.OrderBy(p => p.CreatedAt).First();
        }
        return projects.FirstOrDefault(p => p.Id == wanted)
            ?? projects.FirstOrDefault(p => string.Equals(p.Name, wanted, StringComparison.Ordinal))
            ?? throw new InvalidInputException($"no project named '{TerminalText.Show(wanted)}': the projects are {string.Join(", ", projects.Select(p => $"'{TerminalText.Show(p.Name)}'"))}.");
    }
}
