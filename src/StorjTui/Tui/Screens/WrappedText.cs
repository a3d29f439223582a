namespace StorjTui.Tui.Screens;

/// <summary>
/// Breaks text into lines of at most a given width, so a long message (a file path, an error) is shown whole on
/// more lines instead of being cut at the window's edge. Breaks at spaces; a word longer than a line (a path)
/// breaks after a '/' where it can, else at the width.
/// </summary>
internal static class WrappedText
{
    public static IReadOnlyList<string> Lines(string text, int width)
    {
        width = Math.Max(width, 1);
        var lines = new List<string>();
        foreach (string paragraph in text.Split('\n'))
        {
            string line = "";
            foreach (string word in paragraph.Split(' '))
            {
                string rest = word;
                while (true)
                {
                    string joined = line.Length == 0 ? rest : line + " " + rest;
                    if (joined.Length <= width)
                    {
                        line = joined;
                        break;
                    }

                    if (line.Length > 0)
                    {
                        lines.Add(line);
                        line = "";
                        continue;
                    }

                    int slash = rest.LastIndexOf('/', width - 1);
                    int cut = slash > 0 ? slash + 1 : width;
                    lines.Add(rest[..cut]);
                    rest = rest[cut..];
                }
            }

            lines.Add(line);
        }

        return lines;
    }
}
