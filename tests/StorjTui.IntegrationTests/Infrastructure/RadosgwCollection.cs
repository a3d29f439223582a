namespace StorjTui.IntegrationTests.Infrastructure;

/// <summary>Tests that share the one radosgw of a run, and one sandbox with its own S3 gateway: [Collection(RadosgwCollection.Name)].</summary>
[CollectionDefinition(Name)]
public sealed class RadosgwCollection : ICollectionFixture<RadosgwFixture>, ICollectionFixture<SandboxGatewayFixture>
{
    public const string Name = "radosgw";
}
