using StorjTui.Core.Access;
using StorjTui.Storj.Connections;

namespace StorjTui.Storj.Tests.Connections;

/// <summary>The last-line name check counts like the satellite (runes, console/config.go MaxNameCharacters) — the flow's rule.</summary>
public sealed class AccessRequestCheckTests
{
    private static AccessRequest Named(string name) => new(AccessType.ApiKey, name, Permissions.All, [], null, PassphraseChoice.UseCurrent, null);

    [Fact]
    public void A_name_of_101_runes_is_refused_even_when_it_shows_as_fewer_characters()
    {
        // 51 × "e" + combining acute: 51 text elements on screen, 102 runes for the satellite.
        var name = string.Concat(Enumerable.Repeat("e\u0301", 51));

        var e = Assert.Throws<InvalidAccessRequestException>(() => AccessRequestCheck.ThrowIfInvalid(Named(name)));

        Assert.Contains("100", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_name_of_100_runes_passes()
    {
        AccessRequestCheck.ThrowIfInvalid(Named(string.Concat(Enumerable.Repeat("e\u0301", 50))));
    }

    [Theory]
    [InlineData("tab\there", "Name must not contain control characters")]
    [InlineData("   ", "Name is required")]
    public void A_bad_name_is_refused_in_the_flows_words(string name, string expected)
    {
        var e = Assert.Throws<InvalidAccessRequestException>(() => AccessRequestCheck.ThrowIfInvalid(Named(name)));

        Assert.StartsWith(expected, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void No_permission_is_refused_in_the_flows_words()
    {
        var request = Named("ok") with { Permissions = Permissions.None };

        var e = Assert.Throws<InvalidAccessRequestException>(() => AccessRequestCheck.ThrowIfInvalid(request));

        Assert.Equal("Choose at least one permission.", e.Message);
    }
}
