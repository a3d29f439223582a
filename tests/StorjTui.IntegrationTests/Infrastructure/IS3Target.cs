namespace StorjTui.IntegrationTests.Infrastructure;

/// <summary>An S3 server the export tests run against (radosgw, or the sandbox's own gateway), by <see cref="Name"/>.</summary>
public interface IS3Target
{
    string Name { get; }

    /// <summary>A new key pair that works on this server, and the endpoint it was handed out with.</summary>
    Task<(TestKeyPair Keys, string Endpoint)> NewCredentialsAsync();
}
