using StorjTui.Core.Access;
using StorjTui.Storj.Connections;

namespace StorjTui.Storj.Tests.Connections;

public sealed class PendingCreationStoreTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "storj-tui-tests-" + Guid.NewGuid().ToString("N"), "pending");

    public void Dispose()
    {
        if (Directory.Exists(Path.GetDirectoryName(folder)))
        {
            Directory.Delete(Path.GetDirectoryName(folder)!, recursive: true);
        }
    }

    [Fact]
    public void Records_are_listed_per_back_end_oldest_first_and_removed()
    {
        var store = new PendingCreationStore(folder);
        var later = store.Add("sat-a", "p1", "Project", "second", AccessType.S3Credentials, DateTimeOffset.UtcNow);
        var earlier = store.Add("sat-a", "p1", "Project", "first", AccessType.ApiKey, DateTimeOffset.UtcNow.AddMinutes(-5));
        store.Add("sat-b", "p2", "Other", "elsewhere", AccessType.AccessGrant, DateTimeOffset.UtcNow);

        Assert.Equal(["first", "second"], store.List("sat-a").Select(r => r.Name));
        Assert.Equal(AccessType.ApiKey, store.Find(earlier.Id)?.Type);
        store.Remove(later.Id);
        Assert.Equal(["first"], store.List("sat-a").Select(r => r.Name));
    }

    [Fact]
    public void A_huge_record_is_skipped_without_reading_it_whole()
    {
        var store = new PendingCreationStore(folder);
        store.Add("sat", "p", "P", "ok", AccessType.S3Credentials, DateTimeOffset.UtcNow);
        File.WriteAllBytes(Path.Combine(folder, "huge.json"), Enumerable.Repeat((byte)' ', 32 * 1024 * 1024).ToArray());

        var before = GC.GetAllocatedBytesForCurrentThread();
        var names = store.List("sat").Select(r => r.Name).ToList();
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(["ok"], names);
        Assert.True(allocated < 4 * 1024 * 1024, $"listing allocated {allocated / 1024} KiB");
    }

    [Fact]
    public void Unreadable_files_are_skipped_not_fatal()
    {
        var store = new PendingCreationStore(folder);
        store.Add("sat", "p", "P", "ok", AccessType.S3Credentials, DateTimeOffset.UtcNow);
        File.WriteAllText(Path.Combine(folder, "broken.json"), "{ not json");

        Assert.Equal(["ok"], store.List("sat").Select(r => r.Name));
    }

    [Fact]
    public void Ids_cannot_walk_out_of_the_folder()
    {
        var store = new PendingCreationStore(folder);

        Assert.Throws<ArgumentException>(() => store.Remove("../escape"));
    }
}
