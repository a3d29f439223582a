using System.Security.Cryptography;
using System.Text;

namespace StorjTui.Sandbox.Gateway.Signing;

/// <summary>The signatures an aws-chunked body must carry: each chunk's is chained to the one before, starting at the request's.</summary>
internal sealed class ChunkSignatureChain(byte[] signingKey, string amzDate, string scope, string seedSignature)
{
    private string previous = seedSignature;

    /// <summary>Checks the signature of the next chunk (its bytes) and advances, or throws SignatureDoesNotMatch.</summary>
    public void CheckChunk(ReadOnlySpan<byte> chunk, string? given)
    {
        var expected = SigV4.Sign(signingKey, SigV4.ChunkStringToSign(amzDate, scope, previous, Convert.ToHexStringLower(SHA256.HashData(chunk))));
        Check(expected, given, "a chunk");
    }

    /// <summary>Checks the trailer's signature over its header lines (each <c>name:value\n</c>).</summary>
    public void CheckTrailer(string canonicalTrailer, string? given)
    {
        var expected = SigV4.Sign(signingKey, SigV4.TrailerStringToSign(amzDate, scope, previous, Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonicalTrailer)))));
        Check(expected, given, "the trailer");
    }

    private void Check(string expected, string? given, string what)
    {
        if (given is null || !SigV4.SameSignature(expected, given))
        {
            throw S3Exception.SignatureDoesNotMatch($"The signature of {what} of the aws-chunked body does not match.");
        }
        previous = expected;
    }
}
