using StorjTui.Core.Access;

namespace StorjTui.Storj.Auth;

/// <summary>The auth service refused the access grant (HTTP 400 <c>access grant: …</c> or <c>invalid tag: …</c>); the message says why.</summary>
public class GrantRejectedException : StorjConnectionException
{
    public GrantRejectedException() { }
    public GrantRejectedException(string message) : base(message) { }
    public GrantRejectedException(string message, Exception inner) : base(message, inner) { }

    public GrantRejectedException(string message, string reason) : base(message)
    {
        Reason = reason;
    }

    /// <summary>The service's own reason, without the <c>access grant: </c> prefix (never contains the grant).</summary>
    public string Reason { get; } = "";
}
