using System.Text.Json;
using System.Text.Json.Serialization;
using StorjTui.Core.Bundles;
using StorjTui.Core.Input;

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
            var text = BoundedReader.ReadFileText(file, BoundedReader.AppRecordBytes, $"The saved session {file}");
            var session = JsonSerializer.Deserialize(text, SavedSessionJsonContext.Default.SavedSession);
            return session is { Token.Length: > 0 } ? session : throw new JsonException();
        }
        catch (InputTooLargeException e)
        {
            throw new InvalidInputException($"{e.Message}: it is not a session this app saved. Run 'storj-tui login' again.", e);
        }
        catch (Exception e) when (e is JsonException or NotSupportedException or ArgumentNullException)
        {
            throw new InvalidInputException($"{file} is not a session this app saved: run 'storj-tui login' again.", e);
        }
    }

    public void Save(string file) => PrivateFiles.Replace(file, JsonSerializer.Serialize(this, SavedSessionJsonContext.Default.SavedSession) + "\n");

    public override string ToString() => $"SavedSession {{ {ConsoleUrl} }}";
}
