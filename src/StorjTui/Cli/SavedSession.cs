using System.Text.Json;
using System.Text.Json.Serialization;
using StorjTui.Storj.Files;

namespace StorjTui.Cli;

/// <summary>
/// The console session `login` saves (AppPaths.SessionFile, 0600 in a 0700 folder): which console it belongs to
/// and the session token. The token is a secret; <see cref="ToString"/> never shows it.
/// </summary>
internal sealed record SavedSession(
    [property: JsonPropertyName("console_url")] Uri ConsoleUrl,
    [property: JsonPropertyName("node_url")] string? NodeUrl,
    [property: JsonPropertyName("token")] string Token)
{
    public static SavedSession? Load(string file)
    {
        if (!File.Exists(file))
        {
            return null;
        }
        try
        {
            var session = JsonSerializer.Deserialize(File.ReadAllText(file), SavedSessionJsonContext.Default.SavedSession);
            return session is { Token.Length: > 0 } ? session : throw new JsonException();
        }
        catch (Exception e) when (e is JsonException or NotSupportedException or ArgumentNullException)
        {
            throw new InvalidInputException($"{file} is not a session this app saved: run 'storj-tui login' again.", e);
        }
    }

    public void Save(string file) => PrivateFiles.WriteAllText(file, JsonSerializer.Serialize(this, SavedSessionJsonContext.Default.SavedSession) + "\n");

    public override string ToString() => $"SavedSession {{ {ConsoleUrl} }}";
}
