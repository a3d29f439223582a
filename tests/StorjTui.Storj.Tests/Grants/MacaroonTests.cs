using System.Security.Cryptography;
using StorjTui.Storj.Grants;

namespace StorjTui.Storj.Tests.Grants;

public sealed class MacaroonTests
{
    [Fact]
    public void Unrestricted_tail_is_hmac_of_head_and_each_caveat_chains_from_the_previous_tail()
    {
        var secret = RandomNumberGenerator.GetBytes(32);
        var head = RandomNumberGenerator.GetBytes(32);

        var root = Macaroon.NewUnrestricted(head, secret);
        var once = root.AddFirstPartyCaveat("first"u8.ToArray());
        var twice = once.AddFirstPartyCaveat("second"u8.ToArray());

        Assert.Equal(HMACSHA256.HashData(secret, head), root.Tail);
        Assert.Equal(HMACSHA256.HashData(root.Tail, "first"u8.ToArray()), once.Tail);
        Assert.Equal(HMACSHA256.HashData(once.Tail, "second"u8.ToArray()), twice.Tail);
        Assert.True(twice.Verify(secret));
        Assert.False(twice.Verify(RandomNumberGenerator.GetBytes(32)));
        Assert.True(twice.Extends(once));
        Assert.True(twice.Extends(root));
        Assert.False(once.Extends(twice));
        Assert.Empty(root.Caveats);
    }

    [Fact]
    public void Serialize_and_parse_round_trip()
    {
        var mac = Macaroon.NewUnrestricted(RandomNumberGenerator.GetBytes(32), RandomNumberGenerator.GetBytes(32))
            .AddFirstPartyCaveat(new byte[200]);

        var parsed = Macaroon.Parse(mac.Serialize());

        Assert.Equal(mac.Serialize(), parsed.Serialize());
        Assert.Equal(mac.Head, parsed.Head);
        Assert.Equal(mac.Tail, parsed.Tail);
        Assert.Equal(new byte[200], Assert.Single(parsed.Caveats));
    }

    [Fact]
    public void Accepts_location_packets_and_verification_ids_and_drops_them()
    {
        // 02 | loc "L" | id "H" | 00 | loc "x" id "c" vid "v" 00 | 00 | sig
        var tail = new byte[32];
        byte[] data = [0x02, 0x01, 0x01, (byte)'L', 0x02, 0x01, (byte)'H', 0x00,
            0x01, 0x01, (byte)'x', 0x02, 0x01, (byte)'c', 0x04, 0x01, (byte)'v', 0x00,
            0x00, 0x06, 0x20, .. tail];

        var mac = Macaroon.Parse(data);

        Assert.Equal("H"u8.ToArray(), mac.Head);
        Assert.Equal("c"u8.ToArray(), Assert.Single(mac.Caveats));
        Assert.Equal([0x02, 0x02, 0x01, (byte)'H', 0x00, 0x02, 0x01, (byte)'c', 0x00, 0x00, 0x06, 0x20, .. tail], mac.Serialize());
    }

    [Fact]
    public void Accessors_return_copies()
    {
        var mac = Macaroon.Parse(Vectors.MacaroonCav1EmptySecret);

        mac.Head[0] ^= 0xff;
        mac.Tail[0] ^= 0xff;
        mac.Caveats[0][0] ^= 0xff;

        Assert.Equal(Vectors.MacaroonCav1EmptySecret, mac.Serialize());
    }

    public static TheoryData<string, string> Malformed => new()
    {
        { "", "empty" },
        { "02", "empty" },
        { "0302200000", "version 3" },
        { "0202", "truncated" },
        { "02020a00", "truncated" },
        { "02020100" + "00" + "0620", "truncated" },
        { "0201014c00", "header" },
        { "02020148000201630301640000", "invalid field" },
        { "0202014800020163040164050165000006", "extra fields" },
        { "020201480000060141", "wrong length" },
        { "0202014800000700", "signature" },
        { "0202014802014900", "out of order" },
        { "02ffffffff0f", "malformed" },
        { "020280808080800100", "malformed" },
    };

    [Theory]
    [MemberData(nameof(Malformed))]
    public void Rejects_malformed_data_with_a_typed_error(string hex, string expected)
    {
        var error = Assert.Throws<InvalidMacaroonException>(() => Macaroon.Parse(Convert.FromHexString(hex)));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }
}
