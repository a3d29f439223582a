using System.Text;
using StorjTui.Core.Access;
using StorjTui.Sandbox.Gateway;
using StorjTui.Storj.Grants;

namespace StorjTui.Sandbox.Tests.Gateway;

public sealed class GrantKeyEncryptionTests(GatewayGrants grants) : IClassFixture<GatewayGrants>
{
    private static readonly string[] KeyTexts =
    [
        "a.txt",
        "docs/2026/report.pdf",
        "dir/",
        "dir//x",
        "/leading",
        "trailing//",
        "ünïcödé/日本語/🎉 party.txt",
        "spaces and+plus%20",
        "..",
    ];

    public static TheoryData<string> Keys => new(KeyTexts);

    [Theory]
    [MemberData(nameof(Keys))]
    public void Keys_round_trip_and_their_stored_names_are_ascii_and_stable(string key)
    {
        var scope = grants.Open(grants.ProjectA);

        var stored = scope.EncryptKey("demo-bucket", key);

        Assert.All(stored, c => Assert.True(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '/', $"unexpected '{c}'"));
        Assert.DoesNotContain(key.Split('/').First(p => p.Length > 0), stored, StringComparison.Ordinal);
        Assert.Equal(key, scope.TryDecryptKey("demo-bucket", stored));
        Assert.Equal(stored, grants.Open(grants.ProjectA).EncryptKey("demo-bucket", key));
    }

    [Fact]
    public void Stored_names_are_storjs_encrypted_path_per_component()
    {
        var scope = grants.Open(grants.ProjectA);
        var expected = PathEncryption.EncryptPath("demo-bucket", "docs/2026/report.pdf", grants.ProjectA.EncryptionAccess.DefaultKey);

        var stored = scope.EncryptKey("demo-bucket", "docs/2026/report.pdf");

        var components = stored.Split('/');
        Assert.Equal(3, components.Length);
        Assert.Equal(expected, Encoding.Latin1.GetBytes(string.Join('/', components.Select(c => Encoding.Latin1.GetString(System.Buffers.Text.Base64Url.DecodeFromChars(c))))));
        Assert.StartsWith(scope.EncryptKey("demo-bucket", "docs/2026") + "/", stored, StringComparison.Ordinal);
    }

    [Fact]
    public void Distinct_keys_and_buckets_give_distinct_stored_names()
    {
        var scope = grants.Open(grants.ProjectA);
        var names = KeyTexts.Select(k => scope.EncryptKey("demo-bucket", k)).ToList();

        Assert.Equal(names.Count, names.Distinct(StringComparer.Ordinal).Count());
        Assert.NotEqual(scope.EncryptKey("demo-bucket", "a.txt"), scope.EncryptKey("photos", "a.txt"));
        Assert.Null(scope.TryDecryptKey("photos", scope.EncryptKey("demo-bucket", "a.txt")));
    }

    [Fact]
    public void Another_passphrase_stores_other_names_and_cannot_read_these()
    {
        var a = grants.Open(grants.ProjectA);
        var b = grants.Open(grants.ProjectB);

        var storedA = a.EncryptKey("demo-bucket", "docs/secret.txt");
        var storedB = b.EncryptKey("demo-bucket", "docs/secret.txt");

        Assert.NotEqual(storedA, storedB);
        Assert.Null(a.TryDecryptKey("demo-bucket", storedB));
        Assert.Null(b.TryDecryptKey("demo-bucket", storedA));
        Assert.Equal("docs/secret.txt", a.TryDecryptKey("demo-bucket", storedA));
        Assert.Equal("docs/secret.txt", b.TryDecryptKey("demo-bucket", storedB));
    }

    [Fact]
    public void A_new_access_with_the_same_passphrase_sees_the_same_names()
    {
        var key = grants.NewKey();
        var sameProject = GrantBuilder.Create(key, grants.NodeUrl, Encoding.UTF8.GetBytes(GatewayGrants.PassphraseA), Convert.FromBase64String(grants.Project.Salt));
        var readOnly = sameProject.Restrict(new GrantRestrictions { Permissions = Permissions.Read | Permissions.List, Prefixes = [new SharePrefix("demo-bucket")] });

        var stored = grants.Open(grants.ProjectA).EncryptKey("demo-bucket", "docs/a.txt");

        Assert.Equal(stored, grants.Open(sameProject).EncryptKey("demo-bucket", "docs/a.txt"));
        Assert.Equal("docs/a.txt", grants.Open(readOnly).TryDecryptKey("demo-bucket", stored));
    }

    [Theory]
    [InlineData("sj://photos/2024/trip")]
    [InlineData("sj://photos/2024/trip/")]
    public void A_prefix_grant_names_keys_under_its_prefix_as_its_parent_does_and_nothing_else(string prefix)
    {
        var parent = grants.Open(grants.ProjectA);
        var child = grants.Open(grants.ProjectA.Restrict(new GrantRestrictions { Prefixes = [SharePrefix.FromPath(prefix)] }));

        foreach (var key in new[] { "2024/trip/beach.jpg", "2024/trip/day 2/ü.jpg", "2024/trip/", "2024/trip" })
        {
            var stored = parent.EncryptKey("photos", key);
            Assert.Equal(stored, child.EncryptKey("photos", key));
            Assert.Equal(key, child.TryDecryptKey("photos", stored));
        }

        var outside = parent.EncryptKey("photos", "2024/other.jpg");
        Assert.Null(child.TryDecryptKey("photos", outside));
        Assert.Null(child.TryDecryptKey("photos", parent.EncryptKey("photos", "2024")));
        var e = Assert.Throws<GatewayAccessDeniedException>(() => child.EncryptKey("photos", "2024/other.jpg"));
        Assert.Equal("the access holds no encryption key for \"2024/other.jpg\" in bucket \"photos\"", e.Message);
    }

    [Fact]
    public void A_bucket_restricted_grant_names_keys_as_the_project_grant_does()
    {
        var parent = grants.Open(grants.ProjectA);
        var child = grants.Open(grants.ProjectA.Restrict(new GrantRestrictions { Prefixes = [new SharePrefix("photos")] }));

        Assert.Equal(parent.EncryptKey("photos", "x/y.jpg"), child.EncryptKey("photos", "x/y.jpg"));
        Assert.Throws<GatewayAccessDeniedException>(() => child.EncryptKey("demo-bucket", "x/y.jpg"));
    }

    [Theory]
    [InlineData("%%%")]
    [InlineData("AAAA")]
    [InlineData("A")]
    [InlineData("AgAA/A")]
    public void Names_that_are_not_this_grants_decrypt_to_null(string stored)
    {
        Assert.Null(grants.Open(grants.ProjectA).TryDecryptKey("demo-bucket", stored));
    }

    [Fact]
    public void A_key_that_is_not_unicode_is_refused_by_name()
    {
        var scope = grants.Open(grants.ProjectA);

        var e = Assert.Throws<ArgumentException>(() => scope.EncryptKey("demo-bucket", "bad\ud800key"));

        Assert.Contains("is not valid Unicode", e.Message, StringComparison.Ordinal);
    }
}
