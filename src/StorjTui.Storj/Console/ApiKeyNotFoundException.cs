using StorjTui.Core.Access;

namespace StorjTui.Storj.Console;

/// <summary>The project has no API key (access) by that name; the console itself answers 200 either way, so the client looks first.</summary>
public class ApiKeyNotFoundException : StorjConnectionException
{
    public ApiKeyNotFoundException() { }
    public ApiKeyNotFoundException(string message) : base(message) { }
    public ApiKeyNotFoundException(string message, Exception inner) : base(message, inner) { }
}
