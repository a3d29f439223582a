namespace StorjTui.Core.Access;

/// <summary>The one place that knows the console's permission order (Read, Write, List, Delete, then the Object Lock and notification steps').</summary>
public static class PermissionsExtensions
{
    private static readonly Permissions[] ConsoleOrder = [Permissions.Read, Permissions.Write, Permissions.List, Permissions.Delete];

    // The Object Lock step's order, then the Bucket Notification step's (ObjectLockPermissionsStep.vue, BucketNotificationPermissionsStep.vue).
    private static readonly Permissions[] ExtraOrder =
    [
        Permissions.PutObjectRetention, Permissions.GetObjectRetention, Permissions.BypassGovernanceRetention,
        Permissions.PutObjectLegalHold, Permissions.GetObjectLegalHold, Permissions.PutObjectLockConfiguration,
        Permissions.GetObjectLockConfiguration, Permissions.PutBucketNotificationConfiguration, Permissions.GetBucketNotificationConfiguration,
    ];

    /// <summary>The single Read/Write/List/Delete permissions set in <paramref name="permissions"/>, in the console's order.</summary>
    public static IEnumerable<Permissions> Each(this Permissions permissions) => ConsoleOrder.Where(p => permissions.HasFlag(p));

    /// <summary>The single Object Lock and bucket-notification permissions set in <paramref name="permissions"/>, in the console's order.</summary>
    public static IEnumerable<Permissions> EachExtra(this Permissions permissions) => ExtraOrder.Where(p => permissions.HasFlag(p));
}
