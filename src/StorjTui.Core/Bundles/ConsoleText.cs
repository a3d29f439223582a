using StorjTui.Core.Access;

namespace StorjTui.Core.Bundles;

/// <summary>The console's "Download all" text: "Label:\nvalue" blocks joined by a blank line, no trailing newline.</summary>
internal static class ConsoleText
{
    public static string Render(CreatedAccess access) => access.Type switch
    {
        AccessType.S3Credentials => Join(("Access Key", access.AccessKeyId!, "access key id"), ("Secret Key", access.SecretKey!, "secret key"), ("Endpoint", access.Endpoint!, "endpoint")),
        // The console downloads a bare grant with no label.
        AccessType.AccessGrant => access.AccessGrant!,
        AccessType.ApiKey => Join(("Satellite Address", access.SatelliteAddress!, "satellite address"), ("API Key", access.ApiKey!, "API key")),
        _ => throw new ArgumentOutOfRangeException(nameof(access)),
    };

    // A line break in a value would add a block of its own: refused (LineValue).
    private static string Join(params (string Label, string Value, string Field)[] items) =>
        string.Join("\n\n", items.Select(item => $"{item.Label}:\n{LineValue.Check(item.Value, item.Field, ".txt file")}"));
}
