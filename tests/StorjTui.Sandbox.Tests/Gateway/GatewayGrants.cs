using System.Text;
using StorjTui.Sandbox.Gateway;
using StorjTui.Sandbox.State;
using StorjTui.Storj.Grants;

namespace StorjTui.Sandbox.Tests.Gateway;

/// <summary>
/// Real grants on a real sandbox state: API keys signed with its root secret, encryption from two passphrases with the
/// project's salt (one Argon2id derivation each, via <see cref="GrantBuilder"/>), a fixed clock.
/// </summary>
public sealed class GatewayGrants : IDisposable
{
    public const string PassphraseA = "correct horse battery staple";
    public const string PassphraseB = "another passphrase entirely";

    public static readonly DateTimeOffset Now = new(2026, 6, 1, 12, 0, 0, TimeSpan.Zero);

    private readonly TempFolder temp = new();
    private readonly AccessGrant projectA;
    private readonly AccessGrant projectB;
    private int keys;

    public GatewayGrants()
    {
        State = SandboxState.LoadOrCreate(temp.Path, Now);
        Project = State.Projects[0];
        var salt = Convert.FromBase64String(Project.Salt);
        projectA = GrantBuilder.Create(NewKey(), NodeUrl, Encoding.UTF8.GetBytes(PassphraseA), salt);
        projectB = GrantBuilder.Create(NewKey(), NodeUrl, Encoding.UTF8.GetBytes(PassphraseB), salt);
    }

    internal SandboxState State { get; }

    internal ProjectStateWire Project { get; }

    internal GrantAuthority Authority => new(State);

    internal string NodeUrl => $"{State.NodeId}@sandbox.invalid:7777";

    /// <summary>The unrestricted project grant made with <see cref="PassphraseA"/>.</summary>
    internal AccessGrant ProjectA => projectA;

    /// <summary>The unrestricted project grant made with <see cref="PassphraseB"/>.</summary>
    internal AccessGrant ProjectB => projectB;

    /// <summary>A fresh live API key of the first project, as the console's "create access" makes it.</summary>
    internal ApiKey NewKey() => NewKey(out _);

    internal ApiKey NewKey(out string name)
    {
        name = $"gateway-test-{Interlocked.Increment(ref keys)}";
        return ApiKey.Parse(State.CreateApiKey(Project, name, Now)!.Value.Key);
    }

    /// <summary>A grant on <paramref name="key"/> with passphrase A's encryption, as <see cref="GrantBuilder"/> makes it.</summary>
    internal AccessGrant GrantA(ApiKey key) => new(NodeUrl, key, projectA.EncryptionAccess.LimitTo(key));

    internal IGrantScope Open(AccessGrant grant) => Authority.Open(grant.Serialize(), Now);

    public void Dispose() => temp.Dispose();
}
