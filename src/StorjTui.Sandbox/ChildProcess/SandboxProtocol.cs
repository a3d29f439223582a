using System.Text;
using System.Text.Json;

namespace StorjTui.Sandbox.ChildProcess;

/// <summary>
/// The private protocol between <c>storj-tui</c> (the parent) and <c>storj-tui-sandbox</c> (the child), in one place:
/// <list type="number">
/// <item>The parent starts the child with stdin, stdout and stderr as pipes and writes one line to its stdin: a
/// <see cref="SandboxStartRequest"/> as JSON. It then keeps stdin open: stdin is the child's life line.</item>
/// <item>The child starts the sandbox and writes one line to stdout: a <see cref="SandboxReadyLine"/> as JSON, either
/// what the parent needs to use it or, when it could not start, <see cref="SandboxReadyLine.Error"/> (a message meant
/// for people, never a stack trace), and then exits.</item>
/// <item>The child runs until its stdin reaches end of file (the parent closed it or died, however: SIGKILL included)
/// or it gets SIGTERM. It ignores SIGINT and SIGHUP: a terminal sends those to the whole process group, and the
/// parent decides when the sandbox stops.</item>
/// <item>Its stderr is log lines (no keys, grants or passwords), which the parent writes to its own log.</item>
/// </list>
/// Each line is UTF-8 JSON without a newline inside, at most <see cref="MaxLineBytes"/> bytes; anything else is refused.
/// </summary>
public static class SandboxProtocol
{
    /// <summary>The child's executable name, beside the parent's.</summary>
    public const string ExecutableName = "storj-tui-sandbox";

    /// <summary>The longest line either side reads (the banner, the longest field, is about 1 KiB).</summary>
    public const int MaxLineBytes = 64 * 1024;

    /// <summary>One line of <paramref name="value"/> as JSON, ending in a newline.</summary>
    public static string Line(SandboxStartRequest value) => JsonSerializer.Serialize(value, SandboxProtocolJsonContext.Default.SandboxStartRequest) + "\n";

    /// <inheritdoc cref="Line(SandboxStartRequest)"/>
    public static string Line(SandboxReadyLine value) => JsonSerializer.Serialize(value, SandboxProtocolJsonContext.Default.SandboxReadyLine) + "\n";

    /// <summary>The request in <paramref name="line"/>; <see cref="SandboxProtocolException"/> when it is not one.</summary>
    public static SandboxStartRequest ParseRequest(string line) =>
        Parse(line, SandboxProtocolJsonContext.Default.SandboxStartRequest, "start request");

    /// <summary>The ready line in <paramref name="line"/>; <see cref="SandboxProtocolException"/> when it is not one.</summary>
    public static SandboxReadyLine ParseReady(string line) =>
        Parse(line, SandboxProtocolJsonContext.Default.SandboxReadyLine, "ready line");

    /// <summary>
    /// Reads one line (without its newline) of at most <see cref="MaxLineBytes"/> bytes; null at end of file before
    /// any byte. A longer line, or end of file inside one, is a <see cref="SandboxProtocolException"/>.
    /// </summary>
    public static async Task<string?> ReadLineAsync(Stream stream, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var line = new MemoryStream();
        var one = new byte[1];
        // Byte by byte: nothing after the newline may be taken from the stream (the child's stdin stays its life line).
        while (await stream.ReadAsync(one, cancellationToken).ConfigureAwait(false) == 1)
        {
            if (one[0] == (byte)'\n')
            {
                return Decode(line);
            }
            if (line.Length == MaxLineBytes)
            {
                throw new SandboxProtocolException($"more than {MaxLineBytes / 1024} KiB without a line end");
            }
            line.WriteByte(one[0]);
        }
        return line.Length == 0 ? null : throw new SandboxProtocolException("an unfinished line before the end of its output");
    }

    private static string Decode(MemoryStream line)
    {
        try
        {
            return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(line.GetBuffer(), 0, (int)line.Length);
        }
        catch (DecoderFallbackException)
        {
            throw new SandboxProtocolException("a line that is not UTF-8 text");
        }
    }

    private static T Parse<T>(string line, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> type, string what)
    {
        ArgumentNullException.ThrowIfNull(line);
        try
        {
            return JsonSerializer.Deserialize(line, type) ?? throw new SandboxProtocolException($"an empty {what}");
        }
        catch (JsonException)
        {
            // The JSON reader's own message quotes the input: say only that it was not the line expected.
            throw new SandboxProtocolException($"a line that is not its {what} (JSON)");
        }
    }
}
