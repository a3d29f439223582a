using StorjTui.Core.Access;

namespace StorjTui.Storj.Console;

/// <summary>Log-in refused: the e-mail address or password is wrong (or the account is locked for a while).</summary>
public class WrongCredentialsException : StorjConnectionException
{
    public WrongCredentialsException() { }
    public WrongCredentialsException(string message) : base(message) { }
    public WrongCredentialsException(string message, Exception inner) : base(message, inner) { }
}
