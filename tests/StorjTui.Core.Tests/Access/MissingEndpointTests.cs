using StorjTui.Core.Access;

namespace StorjTui.Core.Tests.Access;

/// <summary>"No S3 endpoint" decided once, on the created access, in the back end's words.</summary>
public sealed class MissingEndpointTests
{
    private static CreatedAccess Created(AccessType type, string? endpoint, string? notice = null) => new()
    {
        Type = type,
        Name = "n",
        CreatedAt = DateTimeOffset.UnixEpoch,
        Permissions = Permissions.All,
        Buckets = [],
        Endpoint = endpoint,
        EndpointNotice = notice,
    };

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void S3_credentials_without_an_endpoint_lack_one_and_say_why_in_the_back_ends_words(string? endpoint)
    {
        var created = Created(AccessType.S3Credentials, endpoint, "The sandbox has no S3 gateway configured.");

        Assert.True(created.LacksS3Endpoint);
        Assert.Equal("The sandbox has no S3 gateway configured.", created.MissingEndpointText);
    }

    [Fact]
    public void Without_the_back_ends_words_a_plain_statement_is_given()
    {
        Assert.Equal("No S3 endpoint was returned for these credentials.", Created(AccessType.S3Credentials, null).MissingEndpointText);
    }

    [Theory]
    [InlineData(AccessType.S3Credentials, "https://gateway.example.test")]
    [InlineData(AccessType.AccessGrant, null)]
    [InlineData(AccessType.ApiKey, null)]
    public void Others_lack_nothing(AccessType type, string? endpoint)
    {
        var created = Created(type, endpoint);

        Assert.False(created.LacksS3Endpoint);
        Assert.Null(created.MissingEndpointText);
    }
}
