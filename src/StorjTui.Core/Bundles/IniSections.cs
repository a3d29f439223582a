using System.Text;

namespace StorjTui.Core.Bundles;

/// <summary>
/// Replaces or appends one <c>[section]</c> of an INI-style file (aws CLI, rclone) and leaves every other byte
/// as it was. A section runs from its header to the next header; comment and blank lines at its end are kept,
/// since they usually introduce what follows. A repeated section is replaced once and its repeats dropped.
/// </summary>
internal static class IniSections
{
    /// <summary>Returns the new text and whether a section was replaced (false: appended).</summary>
    public static (string Text, bool Replaced) Upsert(string text, Func<string, bool> isTarget, string section)
    {
        RequirePlainLines(section);
        var lines = SplitKeepingEndings(text);
        var output = new StringBuilder(text.Length + section.Length + 2);
        var replaced = false;
        var i = 0;
        while (i < lines.Count)
        {
            if (HeaderName(lines[i]) is { } name && isTarget(name))
            {
                var end = i + 1;
                while (end < lines.Count && HeaderName(lines[end]) is null)
                {
                    end++;
                }

                var keepFrom = end;
                while (keepFrom > i + 1 && IsBlankOrComment(lines[keepFrom - 1]))
                {
                    keepFrom--;
                }

                if (!replaced)
                {
                    output.Append(section);
                    replaced = true;
                }

                for (var k = keepFrom; k < end; k++)
                {
                    output.Append(lines[k]);
                }

                i = end;
                continue;
            }

            output.Append(lines[i]);
            i++;
        }

        if (!replaced)
        {
            if (text.Length > 0)
            {
                output.Append(text.EndsWith('\n') ? "\n" : "\n\n");
            }

            output.Append(section);
        }

        return (output.ToString(), replaced);
    }

    /// <summary>The text between the brackets of a header line, trimmed; null for other lines.</summary>
    public static string? HeaderName(string line)
    {
        var trimmed = line.Trim();
        if (!trimmed.StartsWith('['))
        {
            return null;
        }

        var close = trimmed.IndexOf(']', StringComparison.Ordinal);
        return close < 0 ? null : trimmed[1..close].Trim();
    }

    /// <summary>
    /// The section's values were checked by <see cref="LineValue"/>; this is the last guard before the file: only line
    /// feeds end lines, so no carriage return or other control character can start a setting the reader would obey.
    /// </summary>
    private static void RequirePlainLines(string section)
    {
        foreach (var line in section.Split('\n'))
        {
            LineValue.Check(line, "new section", "configuration file");
        }
    }

    private static bool IsBlankOrComment(string line)
    {
        var trimmed = line.TrimStart();
        return trimmed.Length == 0 || trimmed[0] is '#' or ';';
    }

    private static List<string> SplitKeepingEndings(string text)
    {
        var lines = new List<string>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                lines.Add(text[start..(i + 1)]);
                start = i + 1;
            }
        }

        if (start < text.Length)
        {
            lines.Add(text[start..]);
        }

        return lines;
    }
}
