namespace StorjTui.Storj.Http;

/// <summary>Turns the error statuses every service shares (429/503, other 5xx) into typed exceptions.</summary>
internal static class ServiceErrors
{
    /// <summary>Throws for 429/503 and other 5xx; returns for anything else so the caller can map its own cases.</summary>
    public static void ThrowIfBusyOrFailed(ServiceResponse response, string service, string? detail)
    {
        if (response.Code is 429 or 503)
        {
            var wait = response.RetryAfter is { } after ? $" The server asked to wait {Math.Ceiling(after.TotalSeconds)} s." : "";
            throw new ServiceBusyException(
                $"The {service} is busy (HTTP {response.Code}){While(response.Doing)}.{wait} Try again in a moment.", response.Code, response.RetryAfter);
        }
        if (response.Code >= 500)
        {
            var said = string.IsNullOrWhiteSpace(detail) ? "" : $": {Shorten(detail)}";
            throw new ServiceFailedException($"The {service} failed (HTTP {response.Code}){While(response.Doing)}{said}. Try again later.", response.Code);
        }
    }

    /// <summary>" while listing the projects", or nothing when the call did not say what it was for.</summary>
    public static string While(string? doing) => string.IsNullOrEmpty(doing) ? "" : $" while {doing}";

    /// <summary>Server texts go into messages, so keep them to one short line.</summary>
    public static string Shorten(string text)
    {
        var line = text.ReplaceLineEndings(" ").Trim();
        return line.Length <= 200 ? line : line[..200] + "…";
    }
}
