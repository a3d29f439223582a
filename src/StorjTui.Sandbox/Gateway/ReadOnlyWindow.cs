using StorjTui.Sandbox.Gateway.Signing;

namespace StorjTui.Sandbox.Gateway;

/// <summary>The first <paramref name="length"/> bytes of a stored object file (its body, without the record after it).</summary>
internal sealed class ReadOnlyWindow(Stream inner, long length) : ReadOnlyBodyStream
{
    private long left = length;

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        if (left == 0)
        {
            return 0;
        }
        var read = await inner.ReadAsync(buffer[..(int)Math.Min(buffer.Length, left)], cancellationToken);
        left -= read;
        return read;
    }
}
