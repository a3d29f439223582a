namespace StorjTui.Tui.Presenters;

/// <summary>
/// Remembers Download all's last folder (as typed) and format between runs — never a file's content or a secret.
/// One small private file in the state folder, beside the Connect screen's memory; unreadable or missing means
/// "no memory", and a folder that cannot be written only loses the convenience.
/// </summary>
internal sealed class LastDownload(string? file)
{
    public (string? Folder, string? Choice) Load()
    {
        if (file is null)
        {
            return (null, null);
        }

        try
        {
            // Two short lines; a bigger file is not ours.
            if (new FileInfo(file) is { Exists: true, Length: < 8192 })
            {
                string[] lines = File.ReadAllLines(file);
                return (lines.Length > 0 && lines[0].Length > 0 ? lines[0] : null, lines.Length > 1 && lines[1].Length > 0 ? lines[1] : null);
            }
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }

        return (null, null);
    }

    public void Save(string folder, string? choice)
    {
        if (file is null || folder.Contains('\n', StringComparison.Ordinal))
        {
            return;
        }

        StateFile.Write(file, $"{folder}\n{choice}\n");
    }
}
