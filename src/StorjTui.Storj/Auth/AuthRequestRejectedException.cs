using StorjTui.Core.Access;

namespace StorjTui.Storj.Auth;

/// <summary>The auth service refused the request itself (413 too large, 422 unreadable, other 4xx).</summary>
public class AuthRequestRejectedException : StorjConnectionException
{
    public AuthRequestRejectedException() { }
    public AuthRequestRejectedException(string message) : base(message) { }
    public AuthRequestRejectedException(string message, Exception inner) : base(message, inner) { }

    public AuthRequestRejectedException(string message, int statusCode) : base(message)
    {
        StatusCode = statusCode;
    }

    public int StatusCode { get; }
}
