using StorjTui.Core.Access;

namespace StorjTui.Core.Flow;

/// <summary>The console's words for access types and permissions, shared by screens and confirm rows.</summary>
public static class AccessTypeText
{
    public static string Of(AccessType type) => type switch
    {
        AccessType.S3Credentials => "S3 Credentials",
        AccessType.AccessGrant => "Access Grant",
        AccessType.ApiKey => "API Key",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Unknown access type."),
    };

    /// <summary>"Read, Write, List, Delete" then the Object Lock and notification ones (console's names), or "None".</summary>
    public static string Of(Permissions permissions)
    {
        var names = permissions.Each().Concat(permissions.EachExtra()).Select(p => p.ToString()).ToList();
        return names.Count == 0 ? "None" : string.Join(", ", names);
    }
}
