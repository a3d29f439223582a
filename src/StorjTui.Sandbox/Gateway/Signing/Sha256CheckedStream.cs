using System.Security.Cryptography;

namespace StorjTui.Sandbox.Gateway.Signing;

/// <summary>A request body whose sha256 was signed: reading it to the end fails unless the bytes match.</summary>
internal sealed class Sha256CheckedStream(Stream inner, string expectedHex) : ReadOnlyBodyStream
{
    private readonly IncrementalHash hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private bool checkedAtEnd;

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        var read = await inner.ReadAsync(buffer, cancellationToken);
        if (read > 0)
        {
            hash.AppendData(buffer.Span[..read]);
        }
        else if (!checkedAtEnd)
        {
            checkedAtEnd = true;
            if (!string.Equals(Convert.ToHexStringLower(hash.GetHashAndReset()), expectedHex, StringComparison.OrdinalIgnoreCase))
            {
                throw new S3Exception("XAmzContentSHA256Mismatch", 400, "The body's sha256 is not the x-amz-content-sha256 the request signed.");
            }
        }
        return read;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            hash.Dispose();
        }
        base.Dispose(disposing);
    }
}
