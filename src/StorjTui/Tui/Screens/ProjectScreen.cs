using System.Collections.ObjectModel;
using System.Globalization;
using StorjTui.Core.Access;
using StorjTui.Tui.Shell;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace StorjTui.Tui.Screens;

/// <summary>Screen 2, Project: pick the project to work in.</summary>
internal sealed class ProjectScreen : Screen
{
    private readonly IReadOnlyList<Project> _projects;
    private readonly ListView _list;
    private readonly ProblemLabel _problems = new();
    private readonly IReadOnlyList<ScreenKey> _keys;

    public ProjectScreen(IReadOnlyList<Project> projects)
    {
        _projects = projects;
        var form = new FormLayout(this);
        form.Line(new Label { Text = "Choose a project:" });
        form.Gap();
        _list = form.Line(new ListView { Width = Dim.Fill(), Height = Math.Min(12, Math.Max(1, projects.Count)) }, Math.Min(12, Math.Max(1, projects.Count)));
        _list.SetSource(new ObservableCollection<string>(projects.Select(Row)));
        _list.SelectedItem = 0;
        form.Gap();
        Button open = form.Line(new Button { Text = "_Open project", IsDefault = true });
        open.Accepting += (_, e) => { e.Handled = true; Choose(); };
        _list.Accepting += (_, e) => { e.Handled = true; Choose(); };
        form.Gap();
        form.Line(_problems);
        _keys =
        [
            new("Up/Down", "Move in the list", InStatusBar: false),
            ScreenKey.Enter(open, "Open the project"),
            ScreenKey.Alt(open, "Open the project", inStatusBar: false),
        ];
    }

    public override string Heading => "Project";

    public override IReadOnlyList<ScreenKey> Keys => _keys;

    public event EventHandler<Project>? ProjectChosen;

    public void ShowProblems(IReadOnlyList<string> problems) => _problems.Show(problems);

    private static string Row(Project p) =>
        $"{Clip(p.Name, 34),-34} created {p.CreatedAt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}{(p.HasManagedPassphrase ? "  managed passphrase" : "")}";

    private static string Clip(string text, int width) => text.Length <= width ? text : text[..(width - 1)] + "~";

    private void Choose()
    {
        if (_list.SelectedItem is int i && i >= 0 && i < _projects.Count)
        {
            ProjectChosen?.Invoke(this, _projects[i]);
        }
    }
}
