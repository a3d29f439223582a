using StorjTui.Core.Access;

namespace StorjTui.Storj.Http;

/// <summary>
/// A service answered with a value that is not safe to write into a credentials file or use (an endpoint that is
/// not a plain https:// URL, a key with characters the auth service never makes). The message names the field —
/// never the value when it is a secret. <see cref="RolledBack"/> says whether the API key made for it was deleted.
/// </summary>
public class UnsafeAnswerException : StorjConnectionException
{
    public UnsafeAnswerException() { }
    public UnsafeAnswerException(string message) : base(message) { }
    public UnsafeAnswerException(string message, Exception inner) : base(message, inner) { }

    public UnsafeAnswerException(string message, string field) : base(message)
    {
        Field = field;
    }

    /// <summary>After the rollback: <paramref name="inner"/> is the refusal itself.</summary>
    public UnsafeAnswerException(string message, string field, bool rolledBack, Exception inner) : base(message, inner)
    {
        Field = field;
        RolledBack = rolledBack;
    }

    /// <summary>The answer's field that was refused, in the service's words (e.g. <c>endpoint</c>, <c>secret_key</c>).</summary>
    public string Field { get; } = "";

    /// <summary>True when the API key created before the answer came was deleted again.</summary>
    public bool RolledBack { get; }
}
