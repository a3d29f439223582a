namespace StorjTui.Tui.Presenters;

/// <summary>
/// What a download wrote, for the screen: the full path of every file, for a merge the backups of the files it
/// changed, and notes (the s3fs mount line, a shared-folder or leftover-temp warning).
/// </summary>
internal sealed record SavedFiles(IReadOnlyList<string> Files, bool Merged, IReadOnlyList<string> Backups, IReadOnlyList<string> Notes)
{
    /// <summary>"Saved (private, 0600):" and one full path a line (not indented: a long one wraps whole), then the backups and notes.</summary>
    public string Describe()
    {
        var lines = new List<string> { Merged ? "Merged into (private, 0600):" : "Saved (private, 0600):" };
        lines.AddRange(Files);
        if (Backups.Count > 0)
        {
            lines.Add(Backups.Count == 1 ? "The old file is kept as:" : "The old files are kept as:");
            lines.AddRange(Backups);
        }

        lines.AddRange(Notes);
        return string.Join('\n', lines);
    }

    /// <summary>The one-line notice: how many files, where to look.</summary>
    public string Notice => $"{(Merged ? "Merged" : "Saved")} {Files.Count} file{(Files.Count == 1 ? "" : "s")} (private, 0600): the full paths are shown above.";
}
