using System.Net;

namespace StorjTui.Storj.Http;

/// <summary>A fully read answer: status, body and the few headers the clients need.</summary>
internal sealed record ServiceResponse(HttpStatusCode Status, string Body, IReadOnlyList<string> SetCookies, TimeSpan? RetryAfter)
{
    public int Code => (int)Status;

    public bool IsSuccess => Code is >= 200 and < 300;

    /// <summary>What the call was for ("listing the projects"), so error messages can say which step failed.</summary>
    public string? Doing { get; init; }

    /// <summary>Never print bodies: they may hold keys, grants or session tokens.</summary>
    public override string ToString() => $"HTTP {Code}";
}
