using StorjTui.Sandbox.Credentials;
using StorjTui.Sandbox.Gateway.Storage;
using StorjTui.Sandbox.State;

namespace StorjTui.Sandbox.Gateway;

/// <summary>What the gateway's operations share.</summary>
internal sealed class GatewayServices(SandboxState state, CredentialStore credentials, IGrantAuthority authority, ObjectStore store, MultipartStore uploads, TimeProvider time)
{
    public SandboxState State { get; } = state;

    public CredentialStore Credentials { get; } = credentials;

    public IGrantAuthority Authority { get; } = authority;

    public ObjectStore Store { get; } = store;

    public MultipartStore Uploads { get; } = uploads;

    public TimeProvider Time { get; } = time;

    public DateTimeOffset Now => Time.GetUtcNow();
}
