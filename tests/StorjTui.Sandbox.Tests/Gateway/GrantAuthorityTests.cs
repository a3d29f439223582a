using System.Security.Cryptography;
using StorjTui.Core.Access;
using StorjTui.Sandbox.Gateway;
using StorjTui.Storj.Grants;

namespace StorjTui.Sandbox.Tests.Gateway;

public sealed class GrantAuthorityTests(GatewayGrants grants) : IClassFixture<GatewayGrants>
{
    private static readonly DateTimeOffset Now = GatewayGrants.Now;

    private GatewayAccessDeniedException Refused(AccessGrant grant, DateTimeOffset? at = null) =>
        Assert.Throws<GatewayAccessDeniedException>(() => grants.Authority.Open(grant.Serialize(), at ?? Now));

    [Fact]
    public void A_live_grant_signed_by_the_sandbox_opens()
    {
        var scope = grants.Open(grants.ProjectA);

        scope.Require(GatewayPermission.Write, "demo-bucket", "a.txt");
    }

    [Fact]
    public void An_end_date_in_the_past_is_refused_naming_the_end()
    {
        var grant = grants.ProjectA.Restrict(new GrantRestrictions { NotAfter = Now.AddSeconds(-1) });

        var e = Refused(grant);

        Assert.Equal("the access expired at 2026-06-01T11:59:59Z", e.Message);
    }

    [Fact]
    public void The_end_instant_itself_is_still_valid_as_on_storj()
    {
        var grant = grants.ProjectA.Restrict(new GrantRestrictions { NotAfter = Now });

        grants.Authority.Open(grant.Serialize(), Now);
        Refused(grant, Now.AddTicks(1));
    }

    [Fact]
    public void A_start_in_the_future_is_refused_naming_the_start()
    {
        var grant = grants.ProjectA.Restrict(new GrantRestrictions { NotBefore = Now.AddHours(1).AddMilliseconds(500) });

        var e = Refused(grant);

        Assert.Equal("the access is not valid before 2026-06-01T13:00:00.5Z", e.Message);
        grants.Authority.Open(grant.Serialize(), Now.AddHours(2));
    }

    [Fact]
    public void Every_caveat_of_the_chain_counts_and_the_earliest_end_is_named()
    {
        var parent = grants.ProjectA.Restrict(new GrantRestrictions { NotAfter = Now.AddDays(-2) });
        var child = parent.Restrict(new GrantRestrictions { NotAfter = Now.AddDays(30) });

        var e = Refused(child);

        Assert.Equal("the access expired at 2026-05-30T12:00:00Z", e.Message);
    }

    [Fact]
    public void Deleting_the_access_revokes_its_grants_and_their_restrictions_at_once()
    {
        var key = grants.NewKey(out var name);
        var grant = grants.GrantA(key);
        var restricted = grant.Restrict(new GrantRestrictions { Permissions = Permissions.Read });
        grants.Open(grant);
        grants.Open(restricted);

        Assert.True(grants.State.DeleteApiKey(grants.Project, name));

        Assert.Equal("the access was deleted (revoked); create a new access and new S3 credentials", Refused(grant).Message);
        Assert.Contains("deleted (revoked)", Refused(restricted).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_tampered_tail_does_not_verify()
    {
        var bytes = grants.ProjectA.ApiKey.ToBytes();
        bytes[^1] ^= 1;
        var tampered = new AccessGrant(grants.NodeUrl, ApiKey.FromBytes(bytes), grants.ProjectA.EncryptionAccess);

        var e = Refused(tampered);

        Assert.StartsWith("the access grant does not verify", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_caveat_loosened_by_its_holder_does_not_verify()
    {
        var readOnly = grants.ProjectA.Restrict(new GrantRestrictions { Permissions = Permissions.Read, Nonce = [1, 2, 3, 4] });
        var caveat = Assert.Single(readOnly.ApiKey.Macaroon.Caveats);
        var bytes = readOnly.ApiKey.ToBytes();
        var at = bytes.AsSpan().IndexOf(caveat);
        Assert.Equal([0x10, 0x01], bytes[at..(at + 2)]); // field 2, disallow_writes = true (reads allowed, so omitted)
        bytes[at + 1] = 0;
        var loosened = new AccessGrant(grants.NodeUrl, ApiKey.FromBytes(bytes), readOnly.EncryptionAccess);
        Assert.False(loosened.ApiKey.Caveats[0].DisallowWrites);

        var e = Refused(loosened);

        Assert.StartsWith("the access grant does not verify", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_key_signed_with_another_secret_does_not_verify_even_with_a_live_head()
    {
        var head = grants.ProjectA.ApiKey.Head;
        var forged = ApiKey.FromMacaroon(Macaroon.NewUnrestricted(head, RandomNumberGenerator.GetBytes(32)));

        var e = Refused(new AccessGrant(grants.NodeUrl, forged, grants.ProjectA.EncryptionAccess));

        Assert.StartsWith("the access grant does not verify", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("not a grant at all")]
    [InlineData("mangled")]
    public void An_unreadable_grant_is_refused_without_echoing_it(string kind)
    {
        var text = kind == "mangled" ? grants.ProjectA.Serialize()[..^3] + "zzz" : kind;

        var e = Assert.Throws<GatewayAccessDeniedException>(() => grants.Authority.Open(text, Now));

        Assert.StartsWith("the access grant behind this key cannot be read", e.Message, StringComparison.Ordinal);
        if (text.Length > 0)
        {
            Assert.DoesNotContain(text, e.Message, StringComparison.Ordinal);
        }
    }
}
