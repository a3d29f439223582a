namespace StorjTui.IntegrationTests.Infrastructure;

/// <summary>Tests that share the one radosgw of a run: [Collection(RadosgwCollection.Name)].</summary>
[CollectionDefinition(Name)]
public sealed class RadosgwCollection : ICollectionFixture<RadosgwFixture>
{
    public const string Name = "radosgw";
}
