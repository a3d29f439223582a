using StorjTui.Core.Access;

namespace StorjTui.Core.Bundles;

/// <summary>The console's "Download all" text: "Label:\nvalue" blocks joined by a blank line, no trailing newline.</summary>
internal static class ConsoleText
{
    public static string Render(CreatedAccess access) => access.Type switch
    {
        AccessType.S3Credentials => Join(("Access Key", access.AccessKeyId!), ("Secret Key", access.SecretKey!), ("Endpoint", access.Endpoint!)),
        // The console downloads a bare grant with no label.
        AccessType.AccessGrant => access.AccessGrant!,
        AccessType.ApiKey => Join(("Satellite Address", access.SatelliteAddress!), ("API Key", access.ApiKey!)),
        _ => throw new ArgumentOutOfRangeException(nameof(access)),
    };

    private static string Join(params (string Label, string Value)[] items) =>
        string.Join("\n\n", items.Select(item => $"{item.Label}:\n{item.Value}"));
}
