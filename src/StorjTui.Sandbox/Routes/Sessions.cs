using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace StorjTui.Sandbox.Routes;

/// <summary>Console session tokens and CSRF tokens the sandbox handed out (in memory: a restart logs everyone out).</summary>
internal sealed class Sessions
{
    private readonly ConcurrentDictionary<string, DateTimeOffset> sessions = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, bool> csrfTokens = new(StringComparer.Ordinal);

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

    public string IssueCsrf()
    {
        var token = Base64Url(RandomNumberGenerator.GetBytes(32));
        csrfTokens[token] = true;
        return token;
    }

    public bool IsCsrf(string? token) => token is not null && csrfTokens.ContainsKey(token);

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
