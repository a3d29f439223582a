using System.Text;
using Microsoft.Extensions.Logging;
using StorjTui.Core.Text;
using StorjTui.Logging;

namespace StorjTui.Hosting;

/// <summary>
/// The child sandbox's stderr, line by line, into the app's log: each line cut at <see cref="MaxLineChars"/>, so a
/// child that writes without end cannot fill this process's memory; the last line is kept for a start failure's message.
/// </summary>
internal sealed partial class ChildLog(ILogger? log)
{
    public const int MaxLineChars = 2000;

    private volatile string? _lastLine;

    /// <summary>The last line the child wrote, shown as text (redacted, no control characters, cut at 300 characters).</summary>
    public string? LastLine => _lastLine;

    /// <summary><paramref name="text"/> from the child, made fit for a message: secrets masked, control characters shown, at most <paramref name="max"/> characters.</summary>
    public static string Shown(string text, int max)
    {
        string shown = TerminalText.Show(SecretRedactor.Redact(text));
        return shown.Length <= max ? shown : shown[..max] + "…";
    }

    public async Task ReadAsync(Stream stderr)
    {
        var decoder = new UTF8Encoding(false).GetDecoder();
        var bytes = new byte[4096];
        var chars = new char[bytes.Length];
        var line = new StringBuilder();
        bool cut = false;
        try
        {
            int read;
            while ((read = await stderr.ReadAsync(bytes).ConfigureAwait(false)) > 0)
            {
                int count = decoder.GetChars(bytes, 0, read, chars, 0);
                for (int i = 0; i < count; i++)
                {
                    if (chars[i] == '\n')
                    {
                        Write(line.ToString(), cut);
                        line.Clear();
                        cut = false;
                    }
                    else if (line.Length < MaxLineChars)
                    {
                        line.Append(chars[i]);
                    }
                    else
                    {
                        cut = true;
                    }
                }
            }
        }
        catch (IOException)
        {
            // It is gone.
        }
        if (line.Length > 0)
        {
            Write(line.ToString(), cut);
        }
    }

    private void Write(string line, bool cut)
    {
        if (line.Length == 0)
        {
            return;
        }
        _lastLine = Shown(line, 300);
        if (log is not null)
        {
            ChildWrote(log, line + (cut ? " …" : ""));
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "storj-tui-sandbox: {Line}")]
    private static partial void ChildWrote(ILogger logger, string line);
}
