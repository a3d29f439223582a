using System.Text.Json;
using StorjTui.Core.Access;
using StorjTui.Core.Input;
using StorjTui.Core.Text;

namespace StorjTui.Storj.S3;

/// <summary>
/// Reads S3 credentials back from a saved bundle for <c>storj-tui verify --bundle</c>: the <c>.json</c> file
/// (which also says what the access allows), the <c>.env</c> file, and the console's text download
/// ("Access Key:", "Secret Key:", "Endpoint:" each followed by its value), and the console's "Copy all" line
/// (the three values joined by spaces). The format is told by the content.
/// Files that do not say what the access allows are assumed to allow listing every bucket.
/// </summary>
public static class CredentialsFile
{
    /// <summary>Reads <paramref name="path"/>; throws <see cref="CredentialsFileException"/> with a message fit to show.</summary>
    public static S3CheckRequest Read(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        // Each problem is one line: a line feed (or an escape) in the path is shown, in ours and the OS's messages.
        string shown = TerminalText.Show(path);
        string text;
        try
        {
            text = BoundedReader.ReadFileText(path, BoundedReader.BundleBytes, $"The bundle {shown}");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CredentialsFileException($"Could not read {shown}: {TerminalText.Show(e.Message)}", e);
        }
        catch (InputTooLargeException e)
        {
            throw new CredentialsFileException(e.Message + ": give the .json, .env or .txt file saved with the S3 credentials.", e);
        }

        return Parse(text, shown);
    }

    /// <summary>Parses file content; <paramref name="source"/> names it in error messages.</summary>
    public static S3CheckRequest Parse(string text, string source)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = text.TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        if (trimmed.StartsWith('{'))
        {
            return FromJson(trimmed, source);
        }

        var copied = trimmed.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (copied.Length == 3 && copied[2].Contains("://", StringComparison.Ordinal)
            && !copied[0].EndsWith(':') && !copied[0].Contains('=', StringComparison.Ordinal))
        {
            // The console's "Copy all": access key, secret key and endpoint joined by single spaces.
            return Build(source, copied[0], copied[1], copied[2], Permissions.All, []);
        }

        var values = trimmed.Contains("AWS_ACCESS_KEY_ID", StringComparison.Ordinal) ? EnvValues(trimmed) : LabelledValues(trimmed);
        return Build(source,
            Find(values, "AWS_ACCESS_KEY_ID", "Access Key"),
            Find(values, "AWS_SECRET_ACCESS_KEY", "Secret Key"),
            Find(values, "AWS_ENDPOINT_URL", "Endpoint"),
            Permissions.All,
            []);
    }

    private static S3CheckRequest FromJson(string text, string source)
    {
        try
        {
            using var json = JsonDocument.Parse(text);
            var root = json.RootElement;
            var permissions = Permissions.All;
            if (root.TryGetProperty("permissions", out var listed))
            {
                permissions = ReadPermissions(listed, source);
            }

            var buckets = root.TryGetProperty("buckets", out var b) ? ReadBuckets(b, source) : [];
            return Build(source, String(root, "access_key_id"), String(root, "secret_key"), String(root, "endpoint"), permissions, buckets);
        }
        catch (JsonException e)
        {
            // JsonException messages quote positions, not content.
            throw new CredentialsFileException($"{source} is not valid JSON ({e.Message}).", e);
        }
    }

    // The bundle's words: "read", "write", "list", "delete" (any case). Anything else is a damaged or foreign file.
    private static Permissions ReadPermissions(JsonElement listed, string source)
    {
        if (listed.ValueKind != JsonValueKind.Array)
        {
            throw new CredentialsFileException($"{source}: \"permissions\" must be a list such as [\"read\", \"list\"].");
        }

        var permissions = Permissions.None;
        foreach (var item in listed.EnumerateArray())
        {
            var word = item.ValueKind == JsonValueKind.String ? item.GetString() : null;
            Permissions permission = word?.ToLowerInvariant() switch
            {
                "read" => Permissions.Read,
                "write" => Permissions.Write,
                "list" => Permissions.List,
                "delete" => Permissions.Delete,
                _ => throw new CredentialsFileException(
                    $"{source}: \"permissions\" holds {(word is null ? $"a {item.ValueKind.ToString().ToLowerInvariant()}" : "an unknown word")}: use \"read\", \"write\", \"list\" and \"delete\"."),
            };
            permissions |= permission;
        }

        return permissions;
    }

    private static List<string> ReadBuckets(JsonElement listed, string source)
    {
        if (listed.ValueKind != JsonValueKind.Array || listed.EnumerateArray().Any(x => x.ValueKind != JsonValueKind.String))
        {
            throw new CredentialsFileException($"{source}: \"buckets\" must be a list of bucket names such as [\"photos\"].");
        }

        return listed.EnumerateArray().Select(x => x.GetString()!).ToList();
    }

    private static string? String(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static Dictionary<string, string> EnvValues(string text)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.Trim();
            if (line.StartsWith("export ", StringComparison.Ordinal))
            {
                line = line[7..].TrimStart();
            }

            var eq = line.IndexOf('=', StringComparison.Ordinal);
            if (line.StartsWith('#') || eq <= 0)
            {
                continue;
            }

            values[line[..eq].Trim()] = line[(eq + 1)..].Trim().Trim('"', '\'');
        }

        return values;
    }

    // "Label:\nvalue" blocks (the console's layout), and "Label: value" on one line.
    private static Dictionary<string, string> LabelledValues(string text)
    {
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        string? pending = null;
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0)
            {
                continue;
            }

            var colon = line.IndexOf(':', StringComparison.Ordinal);
            var label = colon > 0 ? line[..colon].Trim() : null;
            if (label is not null && IsLabel(label))
            {
                var rest = line[(colon + 1)..].Trim();
                if (rest.Length > 0)
                {
                    values[label] = rest;
                    pending = null;
                }
                else
                {
                    pending = label;
                }
            }
            else if (pending is not null)
            {
                values[pending] = line;
                pending = null;
            }
        }

        return values;
    }

    private static bool IsLabel(string label) =>
        label.Equals("Access Key", StringComparison.OrdinalIgnoreCase)
        || label.Equals("Secret Key", StringComparison.OrdinalIgnoreCase)
        || label.Equals("Endpoint", StringComparison.OrdinalIgnoreCase);

    private static string? Find(Dictionary<string, string> values, string envName, string label) =>
        values.TryGetValue(envName, out var v) || values.TryGetValue(label, out v) ? v : null;

    private static S3CheckRequest Build(string source, string? accessKey, string? secretKey, string? endpoint, Permissions permissions, IReadOnlyList<string> buckets)
    {
        var missing = new[] { ("access key", accessKey), ("secret key", secretKey), ("endpoint", endpoint) }
            .Where(x => string.IsNullOrWhiteSpace(x.Item2)).Select(x => x.Item1).ToList();
        if (missing.Count > 0)
        {
            throw new CredentialsFileException(
                $"{source} has no {string.Join(", no ", missing)}. Use the .json, .env or .txt file saved with the S3 credentials.");
        }

        return new S3CheckRequest(accessKey!, secretKey!, endpoint!, permissions, buckets);
    }
}
