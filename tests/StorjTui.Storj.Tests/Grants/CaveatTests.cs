using StorjTui.Storj.Grants;

namespace StorjTui.Storj.Tests.Grants;

public sealed class CaveatTests
{
    [Fact]
    public void Storj_written_nonce_caveat_parses_and_reserializes_byte_identically()
    {
        // The caveat in uplink's inspect test key, written by Storj's own restrict (WithNonce).
        var raw = Assert.Single(ApiKey.Parse(Vectors.NonceCaveatApiKey).Macaroon.Caveats);
        Assert.Equal("f20104bf532658", Convert.ToHexStringLower(raw));

        var caveat = Caveat.Parse(raw);

        Assert.Equal(Convert.FromBase64String(Vectors.NonceCaveatNonce), caveat.Nonce);
        Assert.False(caveat.DisallowReads);
        Assert.Empty(caveat.AllowedPaths);
        Assert.Null(caveat.NotAfter);
        Assert.Equal(raw, caveat.ToBytes());
    }

    [Fact]
    public void Writes_fields_in_ascending_order_with_zero_values_omitted()
    {
        // Expected bytes built field by field from macaroon/types.proto (tags, varints, lengths).
        var caveat = new Caveat
        {
            DisallowWrites = true,
            DisallowDeletes = true,
            AllowedPaths = [new CaveatPath("b"u8.ToArray())],
            NotAfter = DateTimeOffset.FromUnixTimeMilliseconds(1_767_268_800_123),
            MaxObjectTtl = TimeSpan.FromMinutes(90),
            Nonce = [1, 2, 3, 4],
        };

        Assert.Equal("1001200152030a0162a2010b08c0c3d9ca0610c0a9d33ab2010308982af2010401020304", Convert.ToHexStringLower(caveat.ToBytes()));
    }

    [Fact]
    public void Console_style_caveat_places_allowed_paths_between_fields_9_and_11()
    {
        var caveat = new Caveat
        {
            DisallowLists = true,
            DisallowDeletes = true,
            DisallowPutRetention = true,
            DisallowGetRetention = true,
            DisallowPutLegalHold = true,
            DisallowGetLegalHold = true,
            DisallowBypassGovernanceRetention = true,
            DisallowPutBucketObjectLockConfiguration = true,
            DisallowGetBucketObjectLockConfiguration = true,
            DisallowPutBucketNotificationConfiguration = true,
            DisallowGetBucketNotificationConfiguration = true,
            AllowedPaths = [new CaveatPath("photos"u8.ToArray()), new CaveatPath("docs"u8.ToArray(), [0x02, 0x61, 0x62])],
            NotBefore = DateTimeOffset.FromUnixTimeSeconds(1_700_000_000),
            Nonce = [0xaa, 0xbb, 0xcc, 0xdd],
        };
        const string expected = "18012001300138014001480152080a0670686f746f73520b0a04646f6373120302616258016001680170017801aa01060880e2cfaa06f20104aabbccdd";

        Assert.Equal(expected, Convert.ToHexStringLower(caveat.ToBytes()));
        var parsed = Caveat.Parse(Convert.FromHexString(expected));
        Assert.Equal(expected, Convert.ToHexStringLower(parsed.ToBytes()));
        Assert.True(parsed.DisallowGetBucketNotificationConfiguration);
        Assert.False(parsed.DisallowLocks);
        Assert.Equal("docs"u8.ToArray(), parsed.AllowedPaths[1].Bucket);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1_700_000_000), parsed.NotBefore);
    }

    [Fact]
    public void Negative_durations_use_sign_extended_varints_like_go()
    {
        var caveat = new Caveat { MaxObjectTtlNanoseconds = -1_500_000_000 };

        Assert.Equal("b2011608ffffffffffffffffff011080b6ca91feffffffff01", Convert.ToHexStringLower(caveat.ToBytes()));
        Assert.Equal(-1_500_000_000, Caveat.Parse(caveat.ToBytes()).MaxObjectTtlNanoseconds);
    }

    [Fact]
    public void Epoch_timestamp_is_an_empty_message_and_go_zero_time_is_omitted()
    {
        Assert.Equal("a20100", Convert.ToHexStringLower(new Caveat { NotAfter = DateTimeOffset.UnixEpoch }.ToBytes()));
        Assert.Empty(new Caveat { NotAfter = DateTimeOffset.MinValue }.ToBytes());
    }

    [Fact]
    public void Keeps_nanosecond_precision_that_datetimeoffset_cannot_hold()
    {
        var caveat = new Caveat { NotAfterTimestamp = new CaveatTimestamp(1_767_268_800, 123_456_789), MaxObjectTtlNanoseconds = 1 };

        var parsed = Caveat.Parse(caveat.ToBytes());

        Assert.Equal(new CaveatTimestamp(1_767_268_800, 123_456_789), parsed.NotAfterTimestamp);
        Assert.Equal(1, parsed.MaxObjectTtlNanoseconds);
        Assert.Equal(caveat.ToBytes(), parsed.ToBytes());
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1_767_268_800).AddTicks(1_234_567), parsed.NotAfter);
    }

    [Fact]
    public void Skips_unknown_fields_and_accepts_any_order()
    {
        // field 30 (nonce) first, then unknown field 40 (varint), then field 1.
        var data = Convert.FromHexString("f20102abcdc0020708" + "01");

        var caveat = Caveat.Parse(data);

        Assert.True(caveat.DisallowReads);
        Assert.Equal([0xab, 0xcd], caveat.Nonce);
        Assert.Equal("0801f20102abcd", Convert.ToHexStringLower(caveat.ToBytes()));
    }

    [Theory]
    [InlineData("08")]          // truncated varint value
    [InlineData("0a01")]        // field 1 with the bytes wire type
    [InlineData("52050a03")]    // allowed path longer than the data
    [InlineData("00")]          // field number 0
    [InlineData("0f")]          // wire type 7
    [InlineData("0bffffffffffffffffffff01")] // overflowing varint inside a group
    public void Rejects_malformed_bytes_with_a_typed_error(string hex)
    {
        var error = Assert.Throws<InvalidCaveatException>(() => Caveat.Parse(Convert.FromHexString(hex)));

        Assert.StartsWith("caveat is malformed", error.Message, StringComparison.Ordinal);
    }
}
