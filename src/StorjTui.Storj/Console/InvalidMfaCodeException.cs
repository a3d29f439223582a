using StorjTui.Core.Access;

namespace StorjTui.Storj.Console;

/// <summary>The MFA passcode or recovery code was not accepted.</summary>
public class InvalidMfaCodeException : StorjConnectionException
{
    public InvalidMfaCodeException() { }
    public InvalidMfaCodeException(string message) : base(message) { }
    public InvalidMfaCodeException(string message, Exception inner) : base(message, inner) { }
}
