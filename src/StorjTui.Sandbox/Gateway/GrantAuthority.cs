using StorjTui.Sandbox.Routes;
using StorjTui.Sandbox.State;
using StorjTui.Storj.Grants;

namespace StorjTui.Sandbox.Gateway;

/// <summary>
/// The sandbox satellite's side of every gateway request, as storj/storj <c>satellite/metainfo</c> validates an API
/// key: the macaroon chain must verify against the root secret, the key (its head) must still exist — deleting the
/// access revokes it at once — and every caveat's <c>not_before</c>/<c>not_after</c> must admit the request time.
/// What the caveats allow per request is <see cref="GrantScope"/>'s job.
/// </summary>
internal sealed class GrantAuthority : IGrantAuthority
{
    private readonly byte[] rootSecret;
    private readonly Func<byte[], bool> isLiveHead;

    /// <summary>Checks grants against <paramref name="rootSecret"/>; <paramref name="isLiveHead"/> says whether a key still exists.</summary>
    public GrantAuthority(byte[] rootSecret, Func<byte[], bool> isLiveHead)
    {
        ArgumentNullException.ThrowIfNull(rootSecret);
        ArgumentNullException.ThrowIfNull(isLiveHead);
        this.rootSecret = (byte[])rootSecret.Clone();
        this.isLiveHead = isLiveHead;
    }

    /// <summary>Checks grants against the sandbox satellite's root secret and its live API keys.</summary>
    public GrantAuthority(SandboxState state)
        : this(state?.RootSecret ?? throw new ArgumentNullException(nameof(state)), head => state.IsLiveHead(head))
    {
    }

    /// <inheritdoc />
    public IGrantScope Open(string accessGrant, DateTimeOffset now)
    {
        AccessGrant grant;
        try
        {
            grant = AccessGrant.Parse(accessGrant ?? "");
        }
        catch (InvalidGrantDataException e)
        {
            // Storj's parse errors never echo the grant, so the reason is safe to pass on.
            throw new GatewayAccessDeniedException($"the access grant behind this key cannot be read ({e.Message})");
        }

        // Verify before looking the head up, so a forged key is not told that "its" access was deleted.
        if (!grant.ApiKey.Macaroon.Verify(rootSecret))
        {
            throw new GatewayAccessDeniedException("the access grant does not verify: its API key was not issued by this sandbox, or it was altered");
        }

        if (!isLiveHead(grant.ApiKey.Head))
        {
            throw new GatewayAccessDeniedException("the access was deleted (revoked); create a new access and new S3 credentials");
        }

        CheckTime(grant.ApiKey.Caveats, now);
        return new GrantScope(grant.ApiKey.Caveats, grant.EncryptionAccess);
    }

    // As Storj's Caveat.Allows: refused when now is after not_after, or not_before is after now (the bounds admit).
    private static void CheckTime(IReadOnlyList<Caveat> caveats, DateTimeOffset now)
    {
        var expired = caveats.Select(c => c.NotAfter).Where(t => t is { } at && now > at).Min();
        if (expired is { } end)
        {
            throw new GatewayAccessDeniedException($"the access expired at {GoTimeConverter.Format(end)}");
        }

        var early = caveats.Select(c => c.NotBefore).Where(t => t is { } from && from > now).Max();
        if (early is { } start)
        {
            throw new GatewayAccessDeniedException($"the access is not valid before {GoTimeConverter.Format(start)}");
        }
    }
}
