namespace StorjTui.IntegrationTests.Infrastructure;

/// <summary>Picks the S3 server of a theory row by name: "radosgw" (skips without Ceph) or "sandbox" (the sandbox's own gateway).</summary>
public static class S3Targets
{
    public static IS3Target Pick(string name, RadosgwFixture radosgw, SandboxGatewayFixture sandbox) => name switch
    {
        RadosgwServer.TargetName => radosgw.Server,
        SandboxGatewayFixture.TargetName => sandbox,
        _ => throw new ArgumentException($"unknown S3 target \"{name}\"", nameof(name)),
    };
}
