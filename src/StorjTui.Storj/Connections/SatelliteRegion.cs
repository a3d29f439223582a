namespace StorjTui.Storj.Connections;

/// <summary>A Storj satellite: its console URL and the node URL that goes into access grants.</summary>
public sealed record SatelliteRegion(string Name, Uri ConsoleUrl, string NodeUrl)
{
    public static readonly SatelliteRegion Us1 = new("us1", new Uri("https://us1.storj.io/"),
        "12EayRS2V1kEsWESU9QMRseFhdxYxKicsiFmxrsLZHeLUtdps3S@us1.storj.io:7777");

    public static readonly SatelliteRegion Eu1 = new("eu1", new Uri("https://eu1.storj.io/"),
        "12L9ZFwhzVpuEKMUNUqkaTLGzwY9G24tbiigLiXpmZWKwmcNDDs@eu1.storj.io:7777");

    public static readonly SatelliteRegion Ap1 = new("ap1", new Uri("https://ap1.storj.io/"),
        "121RTSDpyNZVcEU84Ticf2L1ntiuUimbWgfATz21tuvgk3vzoA6@ap1.storj.io:7777");

    /// <summary>The preset regions, in the console's order.</summary>
    public static IReadOnlyList<SatelliteRegion> All { get; } = [Us1, Eu1, Ap1];

    /// <summary>The preset named <paramref name="name"/> (case-insensitive), or null.</summary>
    public static SatelliteRegion? Find(string name) =>
        All.FirstOrDefault(r => string.Equals(r.Name, name?.Trim(), StringComparison.OrdinalIgnoreCase));
}
