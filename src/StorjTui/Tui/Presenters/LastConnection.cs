using StorjTui.Core.Input;
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
            string[] lines = BoundedReader.ReadFileText(file, BoundedReader.AppRecordBytes, file).Split('\n');
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
        catch (InputTooLargeException)
        {
            // Not a file this app wrote: no memory, like a missing one.
        }

        return (ConnectTarget.Sandbox, null);
    }

    public void Save(ConnectTarget target, string? email) => StateFile.Write(file, $"{target}\n{email?.Trim()}\n");
}
