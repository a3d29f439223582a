using System.Security.Cryptography;

namespace StorjTui.Core.Tests.Passphrases;

/// <summary>A stand-in cryptographic source that hands out the bytes a test chose, and counts what was asked.</summary>
internal sealed class FakeEntropySource(Func<int, byte> next) : RandomNumberGenerator
{
    private int _position;

    public int BytesRequested => _position;

    public static FakeEntropySource Repeating(byte[] pattern) => new(i => pattern[i % pattern.Length]);

    public override void GetBytes(byte[] data) => GetBytes(data.AsSpan());

    public override void GetBytes(byte[] data, int offset, int count) => GetBytes(data.AsSpan(offset, count));

    public override void GetBytes(Span<byte> data)
    {
        for (var i = 0; i < data.Length; i++)
        {
            data[i] = next(_position++);
        }
    }
}
