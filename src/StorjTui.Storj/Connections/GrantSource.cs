using System.Text.Json;
using StorjTui.Core.Input;

namespace StorjTui.Storj.Connections;

/// <summary>Where an existing access grant can come from: the environment, a file, or uplink's <c>access.json</c> by name.</summary>
public static class GrantSource
{
    /// <summary>The variable uplink and the Storj tools read.</summary>
    public const string EnvironmentVariable = "STORJ_ACCESS";

    public static string FromEnvironment(string variable = EnvironmentVariable)
    {
        var value = Environment.GetEnvironmentVariable(variable);
        return string.IsNullOrWhiteSpace(value) ? throw new GrantSourceException($"{variable} is not set.") : value.Trim();
    }

    /// <summary>The whole file, trimmed (a grant saved by the console or uplink).</summary>
    public static string FromFile(string path)
    {
        try
        {
            var text = BoundedReader.ReadFileText(path, BoundedReader.SecretBytes, $"The access grant file {path}").Trim();
            return text.Length > 0 ? text : throw new GrantSourceException($"The file {path} is empty.");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new GrantSourceException($"Could not read the access grant file {path}: {e.Message}", e);
        }
        catch (InputTooLargeException e)
        {
            throw new GrantSourceException(e.Message + ".", e);
        }
    }

    /// <summary>uplink's access file: <c>$XDG_CONFIG_HOME/storj/uplink/access.json</c>.</summary>
    public static string UplinkAccessFile() => Path.Combine(Files.XdgFolders.OfThisProcess().ConfigHome, "storj", "uplink", "access.json");

    /// <summary>
    /// A named access from uplink's <c>access.json</c> (<c>{"Default": name, "Accesses": {name: grant}}</c>, storj/storj
    /// cmd/uplink/external_access.go); null <paramref name="name"/> takes the default one.
    /// </summary>
    public static string FromUplinkAccessFile(string? name, string? path = null)
    {
        path ??= UplinkAccessFile();
        string text;
        try
        {
            text = BoundedReader.ReadFileText(path, BoundedReader.SettingsBytes, $"uplink's access file {path}");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new GrantSourceException($"Could not read uplink's access file {path}: {e.Message}", e);
        }
        catch (InputTooLargeException e)
        {
            throw new GrantSourceException(e.Message + ".", e);
        }
        try
        {
            using var document = JsonDocument.Parse(text);
            var root = document.RootElement;
            var wanted = name ?? Property(root, "Default")?.GetString();
            if (string.IsNullOrEmpty(wanted))
            {
                throw new GrantSourceException($"uplink's access file {path} names no default access; give the access name.");
            }
            if (Property(root, "Accesses") is { ValueKind: JsonValueKind.Object } accesses)
            {
                foreach (var entry in accesses.EnumerateObject())
                {
                    if (entry.Name == wanted && entry.Value.GetString() is { Length: > 0 } grant)
                    {
                        return grant.Trim();
                    }
                }
            }
            throw new GrantSourceException($"uplink's access file {path} has no access named '{wanted}'.");
        }
        catch (JsonException e)
        {
            throw new GrantSourceException($"uplink's access file {path} is not valid JSON.", e);
        }
        catch (InvalidOperationException e)
        {
            throw new GrantSourceException($"uplink's access file {path} does not have the expected shape.", e);
        }
    }

    // Go's encoding/json matches field names case-insensitively; do the same.
    private static JsonElement? Property(JsonElement element, string name)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            return null;
        }
        foreach (var property in element.EnumerateObject())
        {
            if (string.Equals(property.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                return property.Value;
            }
        }
        return null;
    }
}
