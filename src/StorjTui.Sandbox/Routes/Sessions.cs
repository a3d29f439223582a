using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace StorjTui.Sandbox.Routes;

/// <summary>Console session tokens and CSRF tokens the sandbox handed out (in memory: a restart logs everyone out).</summary>
/// <param name="maxCsrfTokens">
/// CSRF tokens are handed to anyone who asks (<c>GET /api/v0/config</c>, no log-in), so they are bounded: each lives
/// as long as its cookie, and beyond this many the oldest are forgotten (its holder simply fetches the config again).
/// </param>
internal sealed class Sessions(int maxCsrfTokens = Sessions.DefaultMaxCsrfTokens)
{
    public const int DefaultMaxCsrfTokens = 10_000;

    /// <summary>As long as the cookie that carries the token (consoleweb sets one day too).</summary>
    public static readonly TimeSpan CsrfLifetime = TimeSpan.FromDays(1);

    private readonly ConcurrentDictionary<string, DateTimeOffset> sessions = new(StringComparer.Ordinal);

    // Tokens in the order they were issued, which is also the order they expire (one lifetime for all).
    private readonly Dictionary<string, DateTimeOffset> csrfTokens = new(StringComparer.Ordinal);
    private readonly Queue<string> csrfOrder = new();
    private readonly Lock csrfLock = new();

    public (string Token, DateTimeOffset ExpiresAt) Issue(DateTimeOffset now, bool rememberForOneWeek)
    {
        var token = Base64Url(RandomNumberGenerator.GetBytes(32));
        var expires = now + (rememberForOneWeek ? TimeSpan.FromDays(7) : TimeSpan.FromHours(24));
        sessions[token] = expires;
        return (token, expires);
    }

    public bool IsValid(string? token, DateTimeOffset now) =>
        token is not null && sessions.TryGetValue(token, out var expires) && expires > now;

    public void Revoke(string? token)
    {
        if (token is not null)
        {
            sessions.TryRemove(token, out _);
        }
    }

    /// <summary>The number of CSRF tokens held now (for tests and the bound's proof).</summary>
    public int CsrfCount
    {
        get
        {
            lock (csrfLock)
            {
                return csrfTokens.Count;
            }
        }
    }

    public string IssueCsrf(DateTimeOffset now)
    {
        var token = Base64Url(RandomNumberGenerator.GetBytes(32));
        lock (csrfLock)
        {
            while (csrfOrder.Count > 0 && (csrfOrder.Count >= maxCsrfTokens || csrfTokens[csrfOrder.Peek()] <= now))
            {
                csrfTokens.Remove(csrfOrder.Dequeue());
            }
            csrfTokens[token] = now + CsrfLifetime;
            csrfOrder.Enqueue(token);
        }
        return token;
    }

    public bool IsCsrf(string? token, DateTimeOffset now)
    {
        if (token is null)
        {
            return false;
        }
        lock (csrfLock)
        {
            return csrfTokens.TryGetValue(token, out var expires) && expires > now;
        }
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
