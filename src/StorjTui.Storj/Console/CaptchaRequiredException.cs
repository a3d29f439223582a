using StorjTui.Core.Access;

namespace StorjTui.Storj.Console;

/// <summary>The satellite wants a captcha solved, which a terminal cannot do: log in with a console REST key instead.</summary>
public class CaptchaRequiredException : StorjConnectionException
{
    public CaptchaRequiredException() { }
    public CaptchaRequiredException(string message) : base(message) { }
    public CaptchaRequiredException(string message, Exception inner) : base(message, inner) { }
}
