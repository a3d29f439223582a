namespace StorjTui.Tests.Cli;

/// <summary>Stdin that never ends (like /dev/zero), counting what was taken so tests can see the read stopped early.</summary>
internal sealed class EndlessReader(char fill = '\0') : TextReader
{
    public long CharsRead { get; private set; }

    public override int Read(Span<char> buffer)
    {
        buffer.Fill(fill);
        CharsRead += buffer.Length;
        return buffer.Length;
    }

    public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

    public override int Read() => fill;

    public override int Peek() => fill;

    public override string ReadToEnd() => throw new InvalidOperationException("an endless stream was read to its end");
}
