using System.Globalization;
using System.Text;

namespace StorjTui.Sandbox.Faults;

/// <summary>
/// The one text form of a <see cref="SandboxFault"/>, for <c>sandbox serve --fault</c> and the <c>Sandbox:Faults</c>
/// setting: <c>[METHOD] /PATH-PREFIX OPTION…</c>, options <c>status=N</c>, <c>body=TEXT</c> (quote with '…'),
/// <c>retry-after=SECONDS</c>, <c>latency=DURATION</c> (500ms, 5s, 2m), <c>reset</c>, <c>malformed</c>, <c>after</c>,
/// <c>times=N</c>. Several specs in one setting are separated by <c>;</c>. The path is a prefix:
/// <c>/api/v0/auth/token</c> also matches <c>/api/v0/auth/token-by-api-key</c>, <c>/api/v0/projects</c> every project route.
/// </summary>
public static class FaultSpec
{
    /// <summary>Shown with every error, so the fix is one look away.</summary>
    public const string Example = "e.g. 'POST /api/v0/api-keys/create status=503 times=1' or 'GET /api/v0/projects latency=5s'";

    private static readonly string[] Methods = ["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"];

    /// <summary>Parses one spec; throws <see cref="FaultSpecException"/> saying what is wrong.</summary>
    public static SandboxFault Parse(string spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var specs = Split(spec);
        return specs.Count switch
        {
            0 => throw new FaultSpecException($"the fault spec is empty: {Example}."),
            1 => ParseTokens(specs[0], spec),
            _ => throw new FaultSpecException($"'{spec.Trim()}' holds {specs.Count} faults: give one per --fault."),
        };
    }

    /// <summary>Parses specs separated by <c>;</c> (blank ones are skipped).</summary>
    public static IReadOnlyList<SandboxFault> ParseList(string specs)
    {
        ArgumentNullException.ThrowIfNull(specs);
        return Split(specs).Select(tokens => ParseTokens(tokens, string.Join(' ', tokens))).ToList();
    }

    /// <summary>The spec that parses back to <paramref name="fault"/> (for the <c>sandbox serve</c> banner).</summary>
    public static string Format(SandboxFault fault)
    {
        ArgumentNullException.ThrowIfNull(fault);
        var parts = new List<string>();
        if (fault.Method is { } method)
        {
            parts.Add(method.ToUpperInvariant());
        }
        parts.Add(fault.PathPrefix);
        if (fault.StatusCode is { } status)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"status={status}"));
        }
        if (!string.IsNullOrEmpty(fault.Body))
        {
            parts.Add($"body='{fault.Body}'");
        }
        if (fault.RetryAfter is { } after)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"retry-after={(int)Math.Ceiling(after.TotalSeconds)}"));
        }
        if (fault.Latency is { } latency)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"latency={(long)latency.TotalMilliseconds}ms"));
        }
        if (fault.ResetConnection)
        {
            parts.Add("reset");
        }
        if (fault.MalformedJson)
        {
            parts.Add("malformed");
        }
        if (fault.AfterHandling)
        {
            parts.Add("after");
        }
        if (fault.Times is { } times)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"times={times}"));
        }
        return string.Join(' ', parts);
    }

    private static SandboxFault ParseTokens(List<string> tokens, string spec)
    {
        spec = spec.Trim();
        var index = 0;
        string? method = null;
        if (!tokens[0].StartsWith('/'))
        {
            method = tokens[0].ToUpperInvariant();
            if (!Methods.Contains(method, StringComparer.Ordinal))
            {
                throw new FaultSpecException($"'{spec}': '{tokens[0]}' is neither an HTTP method (GET, POST, DELETE…) nor a path starting with /: {Example}.");
            }
            index = 1;
        }
        if (index >= tokens.Count || !tokens[index].StartsWith('/'))
        {
            throw new FaultSpecException($"'{spec}' names no path: the path (prefix) comes after the optional method and starts with /, {Example}.");
        }
        var fault = new SandboxFault { PathPrefix = tokens[index], Method = method };
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var token in tokens.Skip(index + 1))
        {
            var eq = token.IndexOf('=', StringComparison.Ordinal);
            var key = (eq < 0 ? token : token[..eq]).ToLowerInvariant();
            var value = eq < 0 ? null : token[(eq + 1)..];
            if (!seen.Add(key))
            {
                throw new FaultSpecException($"'{spec}' gives {key} twice.");
            }
            fault = key switch
            {
                "status" => fault with { StatusCode = Whole(spec, key, value, 100, 599) },
                "body" => fault with { Body = value ?? throw Needs(spec, key, "a text, quoted with '…' when it has spaces"), ContentType = ContentTypeOf(value) },
                "retry-after" => fault with { RetryAfter = TimeSpan.FromSeconds(Whole(spec, key, value, 0, 86_400)) },
                "latency" => fault with { Latency = Duration(spec, value) },
                "times" => fault with { Times = Whole(spec, key, value, 1, int.MaxValue) },
                "reset" or "malformed" or "after" when value is not null => throw new FaultSpecException($"'{spec}': {key} takes no value."),
                "reset" => fault with { ResetConnection = true },
                "malformed" => fault with { MalformedJson = true },
                "after" => fault with { AfterHandling = true },
                _ => throw new FaultSpecException(
                    $"'{spec}': unknown '{token}'. Options: status=N, body=TEXT, retry-after=SECONDS, latency=DURATION, reset, malformed, after, times=N."),
            };
        }
        Check(fault, spec);
        return fault;
    }

    private static void Check(SandboxFault fault, string spec)
    {
        var answers = (fault.StatusCode is null ? 0 : 1) + (fault.ResetConnection ? 1 : 0) + (fault.MalformedJson ? 1 : 0);
        if (answers > 1)
        {
            throw new FaultSpecException($"'{spec}': choose one of status=, reset and malformed.");
        }
        if (fault.Body is not null && fault.StatusCode is null)
        {
            throw new FaultSpecException($"'{spec}': body= needs status=N (the body of which answer?).");
        }
        if (fault.RetryAfter is not null && fault.StatusCode is null)
        {
            throw new FaultSpecException($"'{spec}': retry-after= needs status=N, e.g. status=429 retry-after=2.");
        }
        if (answers == 0 && fault.Latency is null)
        {
            throw new FaultSpecException($"'{spec}' does nothing: add status=N, latency=DURATION, reset or malformed.");
        }
    }

    private static int Whole(string spec, string key, string? value, int min, int max) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max
            ? n
            : throw Needs(spec, key, $"a whole number from {min.ToString(CultureInfo.InvariantCulture)} to {max.ToString(CultureInfo.InvariantCulture)}");

    /// <summary>500ms, 5s, 2m, or a plain number of seconds; at most an hour.</summary>
    private static TimeSpan Duration(string spec, string? value)
    {
        var text = value ?? "";
        var (number, unit) = text.EndsWith("ms", StringComparison.OrdinalIgnoreCase) ? (text[..^2], 0.001)
            : text.EndsWith('s') || text.EndsWith('S') ? (text[..^1], 1.0)
            : text.EndsWith('m') || text.EndsWith('M') ? (text[..^1], 60.0)
            : (text, 1.0);
        if (double.TryParse(number, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var amount) && amount * unit <= 3600)
        {
            return TimeSpan.FromSeconds(amount * unit);
        }
        throw Needs(spec, "latency", "a duration such as 500ms, 5s or 2m (at most 1 hour)");
    }

    private static FaultSpecException Needs(string spec, string key, string what) => new($"'{spec}': {key}= needs {what}.");

    private static string ContentTypeOf(string body) =>
        body.TrimStart().StartsWith('{') || body.TrimStart().StartsWith('[') ? "application/json" : "text/plain";

    /// <summary>Splits on whitespace into tokens and on ';' into specs; '…' quotes (kept out of the token).</summary>
    private static List<List<string>> Split(string text)
    {
        var specs = new List<List<string>>();
        var tokens = new List<string>();
        var token = new StringBuilder();
        var inToken = false;
        var quoted = false;
        foreach (var c in text)
        {
            if (quoted)
            {
                if (c == '\'')
                {
                    quoted = false;
                }
                else
                {
                    token.Append(c);
                }
                continue;
            }
            if (c == '\'')
            {
                quoted = true;
                inToken = true;
            }
            else if (char.IsWhiteSpace(c) || c == ';')
            {
                if (inToken)
                {
                    tokens.Add(token.ToString());
                    token.Clear();
                    inToken = false;
                }
                if (c == ';' && tokens.Count > 0)
                {
                    specs.Add(tokens);
                    tokens = [];
                }
            }
            else
            {
                token.Append(c);
                inToken = true;
            }
        }
        if (quoted)
        {
            throw new FaultSpecException($"'{text.Trim()}' has a ' with no closing '.");
        }
        if (inToken)
        {
            tokens.Add(token.ToString());
        }
        if (tokens.Count > 0)
        {
            specs.Add(tokens);
        }
        return specs;
    }
}
