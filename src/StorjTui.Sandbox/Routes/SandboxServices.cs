using StorjTui.Sandbox.Accounts;
using StorjTui.Sandbox.Credentials;
using StorjTui.Sandbox.State;

namespace StorjTui.Sandbox.Routes;

/// <summary>What the route handlers share.</summary>
internal sealed class SandboxServices(SandboxOptions options, SandboxState state, CredentialStore credentials, ProvisioningHook? hook)
{
    public const string ObjectBrowserKeyNamePrefix = ".storj-tui-sandbox-object-browser-";
    public const string UserEmail = SandboxAccounts.DemoEmail;
    public const string UserPassword = SandboxAccounts.Password;

    public SandboxOptions Options { get; } = options;
    public SandboxState State { get; } = state;
    public CredentialStore Credentials { get; } = credentials;
    public ProvisioningHook? Hook { get; } = hook;
    public Sessions Sessions { get; } = new();
    public SandboxAccounts Accounts { get; } = new();

    /// <summary>The S3 endpoint the auth service hands out with new keys: the override, else the sandbox's own gateway, else none.</summary>
    public Uri? S3Endpoint { get; set; }

    /// <summary>Set once Kestrel has its port.</summary>
    public Uri BaseUrl { get; set; } = new("http://127.0.0.1/");

    /// <summary>The grant address of this satellite: stable across runs, and plainly not a host anyone can dial.</summary>
    public string NodeUrl => $"{State.NodeId}@sandbox.invalid:7777";

    public DateTimeOffset Now => Options.Time.GetUtcNow();
}
