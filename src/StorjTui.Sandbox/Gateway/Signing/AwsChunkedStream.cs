using System.Globalization;
using System.Text;

namespace StorjTui.Sandbox.Gateway.Signing;

/// <summary>
/// Decodes an aws-chunked body (<c>hex-size[;chunk-signature=…]\r\n data \r\n</c> … <c>0…\r\n</c> [trailer] <c>\r\n</c>),
/// checking each chunk's signature before handing its bytes on. One chunk is held at a time (at most
/// <see cref="MaxChunk"/>), so memory does not grow with the object.
/// </summary>
internal sealed class AwsChunkedStream(Stream inner, ChunkSignatureChain? signatures, bool trailer, long? decodedLength) : ReadOnlyBodyStream
{
    public const int MaxChunk = 16 * 1024 * 1024;
    private const int MaxLine = 4096;
    private readonly byte[] input = new byte[64 * 1024];
    private int inputStart;
    private int inputEnd;
    private byte[] chunk = new byte[64 * 1024];
    private int chunkStart;
    private int chunkEnd;
    private bool finished;
    private long decoded;

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        while (chunkStart == chunkEnd && !finished)
        {
            await NextChunkAsync(cancellationToken);
        }
        var n = Math.Min(buffer.Length, chunkEnd - chunkStart);
        chunk.AsSpan(chunkStart, n).CopyTo(buffer.Span);
        chunkStart += n;
        return n;
    }

    private async Task NextChunkAsync(CancellationToken cancellationToken)
    {
        var header = await ReadLineAsync(cancellationToken);
        var semicolon = header.IndexOf(';');
        var sizeText = semicolon < 0 ? header : header[..semicolon];
        string? signature = null;
        if (semicolon >= 0)
        {
            var extension = header[(semicolon + 1)..];
            signature = extension.StartsWith("chunk-signature=", StringComparison.Ordinal) ? extension["chunk-signature=".Length..] : null;
        }
        if (!int.TryParse(sizeText, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var size) || size < 0 || size > MaxChunk)
        {
            throw new S3Exception("IncompleteBody", 400, $"The aws-chunked body has a bad chunk size \"{Shorten(sizeText)}\" (at most {MaxChunk} bytes).");
        }
        if (chunk.Length < size)
        {
            chunk = new byte[size];
        }
        await ReadChunkBytesAsync(chunk.AsMemory(0, size), cancellationToken);
        signatures?.CheckChunk(chunk.AsSpan(0, size), signature);
        decoded += size;
        chunkStart = 0;
        chunkEnd = size;
        if (size > 0)
        {
            if (await ReadLineAsync(cancellationToken) != "")
            {
                throw new S3Exception("IncompleteBody", 400, "A chunk of the aws-chunked body is longer than its size says.");
            }
            return;
        }
        finished = true;
        if (trailer)
        {
            await ReadTrailerAsync(cancellationToken);
        }
        else if (await ReadLineAsync(cancellationToken) != "")
        {
            throw new S3Exception("IncompleteBody", 400, "The aws-chunked body goes on after its last chunk.");
        }
        if (decodedLength is { } expected && expected != decoded)
        {
            throw new S3Exception("IncompleteBody", 400, $"The aws-chunked body holds {decoded} bytes; x-amz-decoded-content-length says {expected}.");
        }
    }

    private async Task ReadTrailerAsync(CancellationToken cancellationToken)
    {
        var canonical = new StringBuilder();
        string? trailerSignature = null;
        string line;
        while ((line = await ReadLineAsync(cancellationToken)) != "")
        {
            var colon = line.IndexOf(':');
            if (colon <= 0)
            {
                throw new S3Exception("IncompleteBody", 400, "A trailing header of the aws-chunked body has no name.");
            }
            var name = line[..colon].Trim().ToLowerInvariant();
            var value = line[(colon + 1)..].Trim();
            if (name == "x-amz-trailer-signature")
            {
                trailerSignature = value;
            }
            else
            {
                canonical.Append(name).Append(':').Append(value).Append('\n');
            }
        }
        signatures?.CheckTrailer(canonical.ToString(), trailerSignature);
    }

    private async Task<string> ReadLineAsync(CancellationToken cancellationToken)
    {
        var line = new StringBuilder();
        while (true)
        {
            if (inputStart == inputEnd && !await FillAsync(cancellationToken))
            {
                throw new S3Exception("IncompleteBody", 400, "The aws-chunked body ended early.");
            }
            var b = input[inputStart++];
            if (b == '\n')
            {
                return line.Length > 0 && line[^1] == '\r' ? line.ToString(0, line.Length - 1) : line.ToString();
            }
            if (line.Length >= MaxLine)
            {
                throw new S3Exception("IncompleteBody", 400, "A line of the aws-chunked body is too long.");
            }
            line.Append((char)b);
        }
    }

    private async Task ReadChunkBytesAsync(Memory<byte> target, CancellationToken cancellationToken)
    {
        var done = 0;
        while (done < target.Length)
        {
            if (inputStart == inputEnd)
            {
                if (target.Length - done >= input.Length)
                {
                    // Large reads go straight into the chunk, skipping the line buffer.
                    var direct = await inner.ReadAsync(target[done..], cancellationToken);
                    if (direct == 0)
                    {
                        throw new S3Exception("IncompleteBody", 400, "The aws-chunked body ended inside a chunk.");
                    }
                    done += direct;
                    continue;
                }
                if (!await FillAsync(cancellationToken))
                {
                    throw new S3Exception("IncompleteBody", 400, "The aws-chunked body ended inside a chunk.");
                }
            }
            var n = Math.Min(inputEnd - inputStart, target.Length - done);
            input.AsMemory(inputStart, n).CopyTo(target[done..]);
            inputStart += n;
            done += n;
        }
    }

    private async Task<bool> FillAsync(CancellationToken cancellationToken)
    {
        inputStart = 0;
        inputEnd = await inner.ReadAsync(input, cancellationToken);
        return inputEnd > 0;
    }

    private static string Shorten(string text) => text.Length > 20 ? text[..20] + "…" : text;
}
