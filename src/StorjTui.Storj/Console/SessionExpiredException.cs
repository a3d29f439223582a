using StorjTui.Core.Access;

namespace StorjTui.Storj.Console;

/// <summary>The console session is missing or expired (HTTP 401 on a call other than log-in): log in again.</summary>
public class SessionExpiredException : StorjConnectionException
{
    public SessionExpiredException() { }
    public SessionExpiredException(string message) : base(message) { }
    public SessionExpiredException(string message, Exception inner) : base(message, inner) { }
}
