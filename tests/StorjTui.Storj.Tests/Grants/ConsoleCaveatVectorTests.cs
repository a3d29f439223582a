using System.Text;
using StorjTui.Core.Access;
using StorjTui.Storj.Connections;

namespace StorjTui.Storj.Tests.Grants;

/// <summary>
/// The caveat bytes for every choice of today's console (AccessSetupDialog.vue createAPIKey → accessGrant.worker.js →
/// consolewasm SetPermission), with nonce and not_before fixed. The expected bytes are written here by hand from
/// macaroon/types.proto field numbers (ascending, zero values omitted), not by the app's Caveat type.
/// </summary>
public sealed class ConsoleCaveatVectorTests
{
    private static readonly DateTimeOffset Now = DateTimeOffset.FromUnixTimeMilliseconds(1_767_268_800_123);
    private static readonly byte[] Nonce = [1, 2, 3, 4];

    // Caveat field numbers of the disallow_* bools the console writes (it never sets disallow_locks, 5).
    private const int Reads = 1, Writes = 2, Lists = 3, Deletes = 4, PutRetention = 6, GetRetention = 7, PutLegalHold = 8,
        GetLegalHold = 9, Bypass = 11, PutLockConfig = 12, GetLockConfig = 13, PutNotification = 14, GetNotification = 15;

    private static readonly int[] AllObjectLock = [PutRetention, GetRetention, PutLegalHold, GetLegalHold, Bypass, PutLockConfig, GetLockConfig];

    // not_before (21) = 1767268800 s + 123000000 ns, then nonce (30) = 01020304.
    private const string NotBeforeAndNonce = "aa010b08c0c3d9ca0610c0a9d33af2010401020304";

    [Theory]
    [InlineData(true, true, "5801" + NotBeforeAndNonce)] // only bypass governance retention disallowed
    [InlineData(true, false, "5801" + NotBeforeAndNonce)] // notifications allowed even with eventing's UI off
    [InlineData(false, true, "3001380140014801580160016801" + NotBeforeAndNonce)] // Object Lock UI off: all seven disallowed
    [InlineData(false, false, "3001380140014801580160016801" + NotBeforeAndNonce)]
    public void Full_access_writes_the_consoles_caveat(bool objectLockUI, bool eventingUI, string expectedHex)
    {
        var features = new SatelliteFeatures(objectLockUI, eventingUI);

        Assert.Equal(expectedHex, Convert.ToHexStringLower(Build(features.FullAccess, [], null)));
    }

    [Fact]
    public void Advanced_with_read_and_list_on_one_bucket_until_an_end_date_writes_the_consoles_caveat()
    {
        var notAfter = DateTimeOffset.FromUnixTimeSeconds(1_800_000_000);
        var features = new SatelliteFeatures(true, true);

        var caveat = Build(features.Advanced(Permissions.Read | Permissions.List | Permissions.GetObjectRetention), ["photos"], notAfter);

        // writes, deletes, put retention, legal hold x2, bypass, lock config x2, notification x2 disallowed;
        // allowed_paths (10) {bucket "photos"}; not_after (20) = 1800000000 s; not_before; nonce.
        Assert.Equal(
            "10012001300140014801" + "52080a0670686f746f73" + "58016001680170017801" + "a201060880a4a7da06" + NotBeforeAndNonce,
            Convert.ToHexStringLower(caveat));
    }

    public static TheoryData<int, bool, bool> AdvancedChoices()
    {
        var data = new TheoryData<int, bool, bool>();
        for (var basic = 1; basic < 16; basic++)
        {
            foreach (var objectLockUI in new[] { true, false })
            {
                foreach (var eventingUI in new[] { true, false })
                {
                    data.Add(basic, objectLockUI, eventingUI);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(AdvancedChoices))]
    public void Advanced_writes_the_consoles_caveat_for_every_combination(int basic, bool objectLockUI, bool eventingUI)
    {
        var features = new SatelliteFeatures(objectLockUI, eventingUI);
        (Permissions Box, int Field)[] extras =
        [
            (Permissions.PutObjectRetention, PutRetention), (Permissions.GetObjectRetention, GetRetention),
            (Permissions.PutObjectLegalHold, PutLegalHold), (Permissions.GetObjectLegalHold, GetLegalHold),
            (Permissions.BypassGovernanceRetention, Bypass), (Permissions.PutObjectLockConfiguration, PutLockConfig),
            (Permissions.GetObjectLockConfiguration, GetLockConfig),
            (Permissions.PutBucketNotificationConfiguration, PutNotification), (Permissions.GetBucketNotificationConfiguration, GetNotification),
        ];

        // Every single extra box ticked alone, none, and all of them — on top of this Read/Write/List/Delete choice.
        var ticks = new List<Permissions> { Permissions.None, Permissions.ObjectLock | Permissions.BucketNotification };
        ticks.AddRange(extras.Select(e => e.Box));
        foreach (var ticked in ticks)
        {
            var chosen = (Permissions)basic | ticked;
            var disallowed = new List<int>();
            disallowed.AddRange(new[] { (Permissions.Read, Reads), (Permissions.Write, Writes), (Permissions.List, Lists), (Permissions.Delete, Deletes) }
                .Where(p => !chosen.HasFlag(p.Item1)).Select(p => p.Item2));

            // The console only sends an Object Lock box when its step is shown; a notification box is only ticked on its step.
            disallowed.AddRange(extras.Where(e =>
                !chosen.HasFlag(e.Box)
                || (Permissions.ObjectLock.HasFlag(e.Box) && !objectLockUI)
                || (Permissions.BucketNotification.HasFlag(e.Box) && !eventingUI)).Select(e => e.Field));

            Assert.Equal(Expected(disallowed, ["b"], null), Build(features.Advanced(chosen), ["b"], null));
        }
    }

    private static byte[] Build(Permissions permissions, IReadOnlyList<string> buckets, DateTimeOffset? notAfter)
    {
        var request = new AccessRequest(AccessType.ApiKey, "n", permissions, buckets, notAfter, PassphraseChoice.UseCurrent, null);
        var restrictions = AccessBuilder.Restrictions(request, Now) with { Nonce = Nonce };
        var carrier = StorjTui.Storj.Grants.AccessGrant.Parse(Vectors.GrantA);
        return carrier.BuildCaveat(restrictions).ToBytes();
    }

    // A hand-written protobuf encoder for the few fields these vectors use (all tags and lengths below 128).
    private static byte[] Expected(IEnumerable<int> disallowed, IReadOnlyList<string> buckets, DateTimeOffset? notAfter)
    {
        var fields = disallowed.Select(f => (Field: f, Bytes: new[] { (byte)(f << 3), (byte)1 }))
            .Concat(buckets.Select(b =>
            {
                var name = Encoding.UTF8.GetBytes(b);
                var path = new byte[] { 0x0a, (byte)name.Length }.Concat(name).ToArray();
                return (Field: 10, Bytes: new byte[] { 0x52, (byte)path.Length }.Concat(path).ToArray());
            }))
            .OrderBy(f => f.Field)
            .SelectMany(f => f.Bytes)
            .ToList();
        Assert.Null(notAfter);
        return fields.Concat(Convert.FromHexString(NotBeforeAndNonce)).ToArray();
    }
}
