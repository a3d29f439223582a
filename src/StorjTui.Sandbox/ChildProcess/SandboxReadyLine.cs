namespace StorjTui.Sandbox.ChildProcess;

/// <summary>
/// The child's one line of <see cref="SandboxProtocol"/>: where the started sandbox listens and what the parent shows
/// of it, or, when it could not start, only <see cref="Error"/>.
/// </summary>
public sealed record SandboxReadyLine
{
    /// <summary>Why the sandbox could not start, for people (e.g. another sandbox holds the data folder); null when it runs.</summary>
    public string? Error { get; init; }

    /// <inheritdoc cref="SandboxServer.BaseUrl"/>
    public Uri? BaseUrl { get; init; }

    /// <inheritdoc cref="SandboxServer.SatelliteNodeUrl"/>
    public string? SatelliteNodeUrl { get; init; }

    /// <inheritdoc cref="SandboxServer.DemoRestKey"/>
    public string? DemoRestKey { get; init; }

    /// <inheritdoc cref="SandboxServer.S3Endpoint"/>
    public Uri? S3Endpoint { get; init; }

    /// <inheritdoc cref="SandboxServer.OwnGatewayUrl"/>
    public Uri? OwnGatewayUrl { get; init; }

    /// <inheritdoc cref="SandboxServer.Banner"/>
    public string? Banner { get; init; }

    /// <summary>What a started <paramref name="server"/> reports.</summary>
    public static SandboxReadyLine Of(SandboxServer server)
    {
        ArgumentNullException.ThrowIfNull(server);
        return new SandboxReadyLine
        {
            BaseUrl = server.BaseUrl,
            SatelliteNodeUrl = server.SatelliteNodeUrl,
            DemoRestKey = server.DemoRestKey,
            S3Endpoint = server.S3Endpoint,
            OwnGatewayUrl = server.OwnGatewayUrl,
            Banner = server.Banner(),
        };
    }
}
