using StorjTui.Tui.Screens;

namespace StorjTui.Tui.Presenters;

/// <summary>
/// Remembers the Connect screen's last choice (and e-mail address) between runs — never a password, key or
/// grant. One small private file in the state folder; unreadable or missing means "no memory".
/// </summary>
internal sealed class LastConnection(string file)
{
    public (ConnectTarget Target, string? Email) Load()
    {
        try
        {
            string[] lines = File.ReadAllLines(file);
            if (lines.Length > 0 && Enum.TryParse(lines[0], out ConnectTarget target) && Enum.IsDefined(target))
            {
                return (target, lines.Length > 1 && lines[1].Length > 0 ? lines[1] : null);
            }
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }

        return (ConnectTarget.Sandbox, null);
    }

    public void Save(ConnectTarget target, string? email)
    {
        try
        {
            Configuration.AppPaths.EnsurePrivateFolder(Path.GetDirectoryName(file)!);
            var options = new FileStreamOptions
            {
                Mode = FileMode.Create,
                Access = FileAccess.Write,
                UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite,
            };
            using var writer = new StreamWriter(file, System.Text.Encoding.UTF8, options);
            writer.Write($"{target}\n{email?.Trim()}\n");
        }
        catch (IOException)
        {
            // Remembering is a convenience: a read-only state folder must not stop the app.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
