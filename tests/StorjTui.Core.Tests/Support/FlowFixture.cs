using StorjTui.Core.Access;
using StorjTui.Core.Flow;

namespace StorjTui.Core.Tests.Support;

/// <summary>Builds flows on a fixed clock (2026-06-15 10:00 Berlin summer time) with fake passphrase services.</summary>
internal sealed class FlowFixture
{
    public static readonly DateTimeOffset Start = new(2026, 6, 15, 10, 0, 0, TimeSpan.FromHours(2));

    public FixedClock Clock { get; } = new(Start);

    public FakeGenerator Generator { get; } = new();

    public FlowServices Services => new(Clock, Zones.Berlin, Generator.Generate, new FakeCheck());

    public CreateAccessFlow Create(
        CurrentPassphrase current = CurrentPassphrase.ProjectPassphrase,
        AccessType type = AccessType.S3Credentials,
        params string[] existingNames) =>
        new(new CreateAccessSetup(existingNames, ["photos", "backups"], current, type), Services);

    /// <summary>A flow already past Type and Name and Permissions, at Access encryption.</summary>
    public CreateAccessFlow AtEncryption(CurrentPassphrase current = CurrentPassphrase.ProjectPassphrase)
    {
        var flow = Create(current);
        flow.SetName("backup");
        Assert.True(flow.Next().Accepted);
        Assert.True(flow.Next().Accepted);
        Assert.Equal(CreateAccessStep.AccessEncryption, flow.Step);
        return flow;
    }
}
