using StorjTui.Core.Access;

namespace StorjTui.Storj.Console;

/// <summary>The account has two-factor authentication: log in again with a passcode from the authenticator app or a recovery code.</summary>
public class MfaRequiredException : StorjConnectionException
{
    public MfaRequiredException() { }
    public MfaRequiredException(string message) : base(message) { }
    public MfaRequiredException(string message, Exception inner) : base(message, inner) { }
}
