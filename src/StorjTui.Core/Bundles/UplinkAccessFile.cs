using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using StorjTui.Core.Access;

namespace StorjTui.Core.Bundles;

/// <summary>
/// uplink's own files for an access grant. The importable file (<c>.uplink-access</c>) holds the grant alone, as
/// <c>uplink access import NAME FILE</c> reads it. uplink's saved accesses live in
/// <c>~/.config/storj/uplink/access.json</c>: an object with <c>Default</c> (the name used when none is given) and
/// <c>Accesses</c> (name → grant), tab-indented; uplink reads those two keys whatever their case.
/// </summary>
internal static class UplinkAccessFile
{
    public static string Grant(CreatedAccess access) => LineValue.Check(access.AccessGrant, "access grant", "uplink access file");

    public static string Importable(CreatedAccess access) => Grant(access) + "\n";

    /// <summary>
    /// <paramref name="json"/> (null: no file yet) with the grant saved as <paramref name="name"/> (replacing one of
    /// that name, as <c>access import --force</c> does), made the default when asked or when there is none. Other
    /// accesses and any other keys stay. Throws <see cref="BundleWriteException"/> for a file that is not uplink's layout.
    /// </summary>
    public static (string Json, bool Replaced) Upsert(string? json, string path, string name, string grant, bool makeDefault)
    {
        JsonObject root;
        try
        {
            root = json is null ? [] : JsonNode.Parse(json) as JsonObject ?? throw new JsonException("not an object");
        }
        catch (JsonException e)
        {
            throw new BundleWriteException(BundleWriteFailure.Other, $"{path} is not the JSON object uplink writes, so it was left untouched. Import the downloaded .uplink-access file with 'uplink access import' instead.", e);
        }

        var accessesKey = Key(root, "Accesses");
        var defaultKey = Key(root, "Default");
        if (root[accessesKey] is not JsonObject and not null || root[defaultKey] is not JsonValue and not null)
        {
            throw new BundleWriteException(BundleWriteFailure.Other, $"{path} does not have uplink's layout (Default, Accesses), so it was left untouched.");
        }

        var accesses = root[accessesKey] as JsonObject ?? [];
        root[accessesKey] = accesses;
        var replaced = accesses.ContainsKey(name);
        accesses[name] = grant;
        var current = root[defaultKey] is JsonValue value && value.TryGetValue<string>(out var text) ? text : "";
        if (makeDefault || current.Length == 0)
        {
            root[defaultKey] = name;
        }

        var options = new JsonSerializerOptions { WriteIndented = true, IndentCharacter = '\t', IndentSize = 1, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        return (root.ToJsonString(options), replaced);
    }

    /// <summary>The existing key matching <paramref name="name"/> case-insensitively (as Go's decoder does), else the name.</summary>
    private static string Key(JsonObject root, string name) =>
        root.Select(p => p.Key).FirstOrDefault(k => string.Equals(k, name, StringComparison.OrdinalIgnoreCase)) ?? name;
}
