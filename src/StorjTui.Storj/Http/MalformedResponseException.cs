using StorjTui.Core.Access;

namespace StorjTui.Storj.Http;

/// <summary>The service answered with something that is not the JSON it should send.</summary>
public class MalformedResponseException : StorjConnectionException
{
    public MalformedResponseException() { }
    public MalformedResponseException(string message) : base(message) { }
    public MalformedResponseException(string message, Exception inner) : base(message, inner) { }
}
