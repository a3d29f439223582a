using StorjTui.Storj.Connections;

namespace StorjTui.Storj.Tests.Connections;

public sealed class SatelliteRegionTests
{
    [Theory]
    [InlineData("us1", "https://us1.storj.io/", "12EayRS2V1kEsWESU9QMRseFhdxYxKicsiFmxrsLZHeLUtdps3S@us1.storj.io:7777")]
    [InlineData(" EU1 ", "https://eu1.storj.io/", "12L9ZFwhzVpuEKMUNUqkaTLGzwY9G24tbiigLiXpmZWKwmcNDDs@eu1.storj.io:7777")]
    [InlineData("ap1", "https://ap1.storj.io/", "121RTSDpyNZVcEU84Ticf2L1ntiuUimbWgfATz21tuvgk3vzoA6@ap1.storj.io:7777")]
    public void Presets_carry_the_console_and_node_urls(string name, string console, string node)
    {
        var region = SatelliteRegion.Find(name)!;

        Assert.Equal(console, region.ConsoleUrl.AbsoluteUri);
        Assert.Equal(node, region.NodeUrl);
    }

    [Fact]
    public void An_unknown_region_is_null()
    {
        Assert.Null(SatelliteRegion.Find("mars1"));
        Assert.Equal(3, SatelliteRegion.All.Count);
    }
}
