using System.Security.Cryptography;
using StorjTui.Storj.Grants;

namespace StorjTui.Storj.Tests.Grants;

public sealed class PathEncryptionTests
{
    private static readonly byte[] Key = Enumerable.Range(0, 32).Select(i => (byte)i).ToArray();

    [Theory]
    [InlineData("a")]
    [InlineData("a/")]
    [InlineData("/a")]
    [InlineData("a//b")]
    [InlineData("ünïcode/ファイル.txt")]
    public void Encrypts_and_decrypts_paths_with_empty_components(string path)
    {
        var encrypted = PathEncryption.EncryptPath("bucket", path, Key);

        Assert.Equal(path.Split('/').Length, encrypted.Count(b => b == (byte)'/') + 1);
        Assert.Equal(path, PathEncryption.DecryptPath("bucket", encrypted, Key));
    }

    [Fact]
    public void Empty_component_is_just_the_escaped_nonce()
    {
        var encrypted = PathEncryption.EncryptPath("bucket", "/x", Key);
        var first = encrypted.AsSpan(0, encrypted.AsSpan().IndexOf((byte)'/'));

        Assert.Equal(0x02, first[0]);
        Assert.Equal(12, PathEncryption.DecodeSegment(first).Length);
    }

    [Fact]
    public void Segment_escaping_round_trips_every_byte_and_leaves_no_slash()
    {
        var all = Enumerable.Range(0, 256).Select(i => (byte)i).ToArray();

        var encoded = PathEncryption.EncodeSegment(all);

        Assert.DoesNotContain((byte)'/', encoded);
        Assert.DoesNotContain((byte)0xff, encoded);
        Assert.Equal([0x01], PathEncryption.EncodeSegment([]));
        Assert.Equal(all, PathEncryption.DecodeSegment(encoded));
        Assert.Equal([0x02, 0x2e, 0x01, 0x2e, 0x02, 0xfe, 0x01, 0xfe, 0x02, 0x01, 0x01, 0x01, 0x02], PathEncryption.EncodeSegment([0x2e, 0x2f, 0xfe, 0xff, 0x00, 0x01]));
    }

    [Fact]
    public void Null_cipher_keeps_components_in_clear()
    {
        Assert.Equal("a/b"u8.ToArray(), PathEncryption.EncryptPath("bucket", "a/b", Key, CipherSuite.Null));
    }

    [Fact]
    public void Bucket_key_is_hmac_sha512_of_path_prefix_and_bucket_truncated()
    {
        var expected = HMACSHA512.HashData(Key, "path:bucket"u8.ToArray())[..32];

        Assert.Equal(expected, PathEncryption.DeriveBucketKey(Key, "bucket"));
    }

    [Fact]
    public void Wrong_key_or_damaged_path_is_a_typed_error()
    {
        var encrypted = PathEncryption.EncryptPath("bucket", "secret/file", Key);
        var otherKey = RandomNumberGenerator.GetBytes(32);

        Assert.Throws<InvalidEncryptedPathException>(() => PathEncryption.DecryptPath("bucket", encrypted, otherKey));
        Assert.Throws<InvalidEncryptedPathException>(() => PathEncryption.DecryptPath("other", encrypted, Key));
        Assert.Throws<InvalidEncryptedPathException>(() => PathEncryption.DecryptPath("bucket", [0x03, 0x41], Key));
        Assert.Throws<InvalidEncryptedPathException>(() => PathEncryption.DecryptPath("bucket", [0x02, 0x41, 0x42], Key));
    }
}
