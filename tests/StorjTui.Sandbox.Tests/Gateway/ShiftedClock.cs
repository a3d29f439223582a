namespace StorjTui.Sandbox.Tests.Gateway;

/// <summary>The real time moved by <see cref="Offset"/>, so a test can put the gateway's clock ahead of a client's.</summary>
internal sealed class ShiftedClock : TimeProvider
{
    public TimeSpan Offset { get; set; }

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + Offset;
}
