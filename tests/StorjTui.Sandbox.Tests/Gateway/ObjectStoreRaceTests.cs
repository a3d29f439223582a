using StorjTui.Sandbox.Gateway;
using StorjTui.Sandbox.Gateway.Storage;

namespace StorjTui.Sandbox.Tests.Gateway;

/// <summary>Races on the object store itself, with a body whose bytes arrive only when the test lets them.</summary>
public sealed class ObjectStoreRaceTests : IDisposable
{
    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("storjtui-store-");

    public void Dispose() => folder.Delete(recursive: true);

    [Fact]
    public async Task A_slow_put_without_delete_permission_does_not_replace_an_object_created_meanwhile()
    {
        var store = new ObjectStore(folder.FullName, 1 << 20);
        var gate = new TaskCompletionSource();
        var slow = store.PutAsync("p", "b", "k", new GatedStream(gate.Task, [9, 9, 9]), Metadata, DateTimeOffset.UnixEpoch, WithoutDelete, CancellationToken.None);
        await store.PutAsync("p", "b", "k", new MemoryStream([1]), Metadata, DateTimeOffset.UnixEpoch, WithoutDelete, CancellationToken.None);

        gate.SetResult();

        var denied = await Assert.ThrowsAsync<GatewayAccessDeniedException>(() => slow);
        Assert.Equal(1, store.Find("p", "b", "k")!.Size);
        Assert.Equal(1, store.Quota.Used("p"));
        Assert.Empty(Directory.EnumerateFiles(Path.Combine(folder.FullName, "tmp"), "*", SearchOption.AllDirectories));
        Assert.Contains("delete", denied.Message);
    }

    [Fact]
    public async Task A_second_store_started_on_the_same_folder_leaves_an_upload_in_flight_intact()
    {
        var first = new ObjectStore(folder.FullName, 1 << 20);
        var gate = new TaskCompletionSource();
        var slow = first.PutAsync("p", "b", "k", new GatedStream(gate.Task, [9, 8, 7]), Metadata, DateTimeOffset.UnixEpoch, Allowed, CancellationToken.None);

        _ = new ObjectStore(folder.FullName, 1 << 20);
        gate.SetResult();
        await slow;

        var opened = first.Open("p", "b", "k")!.Value;
        using var body = opened.Body;
        var bytes = new byte[3];
        body.ReadExactly(bytes);
        Assert.Equal([9, 8, 7], bytes);
        Assert.Equal(3, ObjectFile.ReadRecord(opened.Record.File)?.Size);
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(opened.Record.File));
    }

    [Fact]
    public async Task A_second_Complete_or_an_Abort_during_a_Complete_is_NoSuchUpload_and_the_quota_matches_the_disk()
    {
        var store = new ObjectStore(folder.FullName, 1 << 20);
        var uploads = new MultipartStore(Path.Combine(folder.FullName, "uploads"), store);
        // An object is already there, so each Complete runs its replace check inside the publish: the race is staged there.
        await store.PutAsync("p", "b", "k", new MemoryStream([1]), Metadata, DateTimeOffset.UnixEpoch, Allowed, CancellationToken.None);
        var upload = uploads.Create("p", "b", "k", Metadata, DateTimeOffset.UnixEpoch);
        var part = await uploads.PutPartAsync("p", upload, 1, new MemoryStream(new byte[1000]), DateTimeOffset.UnixEpoch, CancellationToken.None);
        var inner = new List<string>();

        // Off xunit's synchronization context: the staged calls below wait synchronously inside the publish.
        await Task.Run(() => uploads.CompleteAsync("p", upload, [(1, part.ETag)], DateTimeOffset.UnixEpoch, () =>
        {
            inner.Add(Outcome(() => uploads.CompleteAsync("p", upload, [(1, part.ETag)], DateTimeOffset.UnixEpoch, Allowed, CancellationToken.None).GetAwaiter().GetResult()));
            inner.Add(Outcome(() => uploads.Abort("p", upload)));
            inner.Add(Outcome(() => uploads.PutPartAsync("p", upload, 2, new MemoryStream([2]), DateTimeOffset.UnixEpoch, CancellationToken.None).GetAwaiter().GetResult()));
        }, CancellationToken.None));

        Assert.Equal(["NoSuchUpload", "NoSuchUpload", "NoSuchUpload"], inner);
        Assert.Equal(1000, store.Find("p", "b", "k")!.Size);
        Assert.Equal(1000, store.Quota.Used("p"));
        Assert.Empty(uploads.InBucket("p", "b"));
        Assert.Equal("NoSuchUpload", Outcome(() => uploads.Abort("p", upload)));
    }

    /// <summary>The S3 error code a call failed with, or "done".</summary>
    private static string Outcome(Action call)
    {
        try
        {
            call();
            return "done";
        }
        catch (S3Exception e)
        {
            return e.Code;
        }
    }

    private static void Allowed()
    {
    }

    /// <summary>The replace check of a key with no delete permission (as the gateway's scope throws it).</summary>
    private static void WithoutDelete() => throw new GatewayAccessDeniedException("the access is not allowed to delete");

    private static ObjectMetadata Metadata => new(null, new Dictionary<string, string>());

    /// <summary>A body that gives its bytes only once <c>open</c> completes.</summary>
    private sealed class GatedStream(Task open, byte[] bytes) : Stream
    {
        private int position;

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            await open.WaitAsync(cancellationToken);
            var count = Math.Min(buffer.Length, bytes.Length - position);
            bytes.AsMemory(position, count).CopyTo(buffer);
            position += count;
            return count;
        }

        public override int Read(byte[] buffer, int offset, int count) => ReadAsync(buffer.AsMemory(offset, count)).AsTask().GetAwaiter().GetResult();
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
