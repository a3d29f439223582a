using StorjTui.Core.Access;
using StorjTui.Sandbox.Gateway;
using StorjTui.Storj.Grants;

namespace StorjTui.Sandbox.Tests.Gateway;

public sealed class GrantScopeTests(GatewayGrants grants) : IClassFixture<GatewayGrants>
{
    private static readonly GatewayPermission[] Operations = [GatewayPermission.Read, GatewayPermission.Write, GatewayPermission.List, GatewayPermission.Delete];

    /// <summary>Each permission alone, and all four (the console's choices).</summary>
    public static TheoryData<Permissions> PermissionSets => new(Permissions.Read, Permissions.Write, Permissions.List, Permissions.Delete, Permissions.All);

    private IGrantScope Restricted(GrantRestrictions restrictions) => grants.Open(grants.ProjectA.Restrict(restrictions));

    private static string Denied(IGrantScope scope, GatewayPermission permission, string? bucket, string? key)
    {
        Assert.False(scope.Allows(permission, bucket, key));
        return Assert.Throws<GatewayAccessDeniedException>(() => scope.Require(permission, bucket, key)).Message;
    }

    private static void Allowed(IGrantScope scope, GatewayPermission permission, string? bucket, string? key)
    {
        scope.Require(permission, bucket, key);
        Assert.True(scope.Allows(permission, bucket, key));
    }

    private static bool Grants(Permissions permissions, GatewayPermission permission) =>
        permissions.HasFlag(permission switch
        {
            GatewayPermission.Read => Permissions.Read,
            GatewayPermission.Write => Permissions.Write,
            GatewayPermission.List => Permissions.List,
            _ => Permissions.Delete,
        });

    [Theory]
    [MemberData(nameof(PermissionSets))]
    public void Each_object_operation_is_allowed_exactly_as_the_caveat_says(Permissions permissions)
    {
        var scope = Restricted(new GrantRestrictions { Permissions = permissions });

        foreach (var operation in Operations)
        {
            if (Grants(permissions, operation))
            {
                Allowed(scope, operation, "demo-bucket", "docs/report.pdf");
            }
            else
            {
                Assert.Equal($"the access is not allowed to {operation.ToString().ToLowerInvariant()}", Denied(scope, operation, "demo-bucket", "docs/report.pdf"));
            }
        }
    }

    [Theory]
    [MemberData(nameof(PermissionSets))]
    public void Bucket_operations_follow_storj(Permissions permissions)
    {
        var scope = Restricted(new GrantRestrictions { Permissions = permissions });

        // satellite/metainfo: ListBuckets and GetBucket check a read of bucket metadata, which every key may do.
        Allowed(scope, GatewayPermission.List, null, null);
        Allowed(scope, GatewayPermission.Read, "demo-bucket", null);
        Assert.True(scope.MaySee("demo-bucket"));

        // Listing a bucket, creating and deleting one check their own permission.
        foreach (var operation in new[] { GatewayPermission.List, GatewayPermission.Write, GatewayPermission.Delete })
        {
            Assert.Equal(Grants(permissions, operation), scope.Allows(operation, "demo-bucket", null));
        }
    }

    [Fact]
    public void A_chain_allows_only_what_every_caveat_allows()
    {
        var parent = grants.ProjectA.Restrict(new GrantRestrictions { Permissions = Permissions.Read | Permissions.List });
        var child = grants.Open(parent.Restrict(new GrantRestrictions { Permissions = Permissions.List | Permissions.Write }));

        Allowed(child, GatewayPermission.List, "demo-bucket", "a");
        Assert.Equal("the access is not allowed to read", Denied(child, GatewayPermission.Read, "demo-bucket", "a"));
        Assert.Equal("the access is not allowed to write", Denied(child, GatewayPermission.Write, "demo-bucket", "a"));
    }

    [Fact]
    public void A_bucket_restriction_shows_and_reaches_only_its_buckets()
    {
        var scope = Restricted(new GrantRestrictions { Prefixes = [new SharePrefix("photos"), new SharePrefix("backups")] });

        Allowed(scope, GatewayPermission.List, null, null);
        Assert.True(scope.MaySee("photos"));
        Assert.True(scope.MaySee("backups"));
        Assert.False(scope.MaySee("demo-bucket"));
        foreach (var operation in Operations)
        {
            Allowed(scope, operation, "photos", "2024/a.jpg");
            Assert.Equal("bucket \"demo-bucket\" is outside the allowed buckets (backups, photos)", Denied(scope, operation, "demo-bucket", "a.txt"));
            Denied(scope, operation, "demo-bucket", null);
        }

        Allowed(scope, GatewayPermission.Write, "photos", null);
        Allowed(scope, GatewayPermission.Delete, "backups", null);
    }

    [Fact]
    public void Nested_bucket_restrictions_intersect()
    {
        var parent = grants.ProjectA.Restrict(new GrantRestrictions { Prefixes = [new SharePrefix("photos"), new SharePrefix("backups")] });
        var child = grants.Open(parent.Restrict(new GrantRestrictions { Prefixes = [new SharePrefix("photos"), new SharePrefix("demo-bucket")] }));

        Assert.True(child.MaySee("photos"));
        Assert.False(child.MaySee("backups"));
        Assert.False(child.MaySee("demo-bucket"));
        Assert.Equal("bucket \"demo-bucket\" is outside the allowed buckets (photos)", Denied(child, GatewayPermission.Read, "demo-bucket", "a"));
        Assert.Equal("bucket \"backups\" is outside the allowed buckets (photos)", Denied(child, GatewayPermission.Read, "backups", "a"));
    }

    [Theory]
    [InlineData("sj://photos/2024/trip")]
    [InlineData("sj://photos/2024/trip/")]
    public void An_access_restrict_prefix_grant_reaches_only_its_prefix(string prefix)
    {
        var scope = Restricted(new GrantRestrictions { Prefixes = [SharePrefix.FromPath(prefix)] });

        foreach (var operation in Operations)
        {
            Allowed(scope, operation, "photos", "2024/trip/beach.jpg");
            Allowed(scope, operation, "photos", "2024/trip/day 2/sunset.jpg");
            Allowed(scope, operation, "photos", "2024/trip/");
            Allowed(scope, operation, "photos", "2024/trip");
            Assert.Equal("\"2024/other.jpg\" in bucket \"photos\" is outside the allowed prefix (\"2024/trip\")", Denied(scope, operation, "photos", "2024/other.jpg"));
            Denied(scope, operation, "photos", "2024/trip2/beach.jpg");
            Denied(scope, operation, "photos", "2024");
            Denied(scope, operation, "photos", "2024/");
            Assert.StartsWith("bucket \"demo-bucket\" is outside the allowed buckets (photos)", Denied(scope, operation, "demo-bucket", "2024/trip/beach.jpg"), StringComparison.Ordinal);
        }

        // The bucket is visible, its metadata readable and it can be listed (the gateway shows only what decrypts) …
        Assert.True(scope.MaySee("photos"));
        Allowed(scope, GatewayPermission.Read, "photos", null);
        Allowed(scope, GatewayPermission.List, "photos", null);

        // … but, as on Storj, a grant for a prefix can neither create nor delete the bucket itself.
        Assert.Equal("the bucket \"photos\" itself is outside the allowed prefix (\"2024/trip\")", Denied(scope, GatewayPermission.Write, "photos", null));
        Denied(scope, GatewayPermission.Delete, "photos", null);
    }

    [Fact]
    public void A_prefix_grant_keeps_its_permission_restrictions()
    {
        var scope = Restricted(new GrantRestrictions { Permissions = Permissions.Read | Permissions.List, Prefixes = [new SharePrefix("photos", "2024")] });

        Allowed(scope, GatewayPermission.Read, "photos", "2024/a.jpg");
        Assert.Equal("the access is not allowed to write", Denied(scope, GatewayPermission.Write, "photos", "2024/a.jpg"));
        Assert.Equal("the access is not allowed to delete", Denied(scope, GatewayPermission.Delete, "photos", "2024/a.jpg"));
    }

    [Fact]
    public void With_unencrypted_paths_a_sibling_sharing_the_prefix_bytes_is_still_outside()
    {
        var key = grants.NewKey();
        var plainPaths = GrantBuilder.Create(key, grants.NodeUrl, "p"u8, Convert.FromBase64String(grants.Project.Salt), encryptPath: false);
        var scope = grants.Open(plainPaths.Restrict(new GrantRestrictions { Prefixes = [new SharePrefix("photos", "2024")] }));

        Allowed(scope, GatewayPermission.Read, "photos", "2024/a.jpg");
        Denied(scope, GatewayPermission.Read, "photos", "2023/a.jpg");

        // The satellite compares bytes (bytes.HasPrefix), and "20245" starts with "2024" when paths are not encrypted;
        // but the restricted grant holds keys only under "2024/", so the path cannot even be encrypted, as in uplink.
        Denied(scope, GatewayPermission.Read, "photos", "20245/a.jpg");
    }

    [Fact]
    public void An_object_key_needs_a_bucket()
    {
        var scope = grants.Open(grants.ProjectA);

        Assert.Throws<ArgumentException>(() => scope.Require(GatewayPermission.Read, null, "a.txt"));
    }
}
