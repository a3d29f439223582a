namespace StorjTui.Core.Access;

/// <summary>
/// The console's permission checkboxes (Access Permissions, Object Lock Permissions and Bucket Notification
/// Permissions steps). Each flag set here is allowed; every one not set becomes a <c>disallow_*</c> in the caveat.
/// At least one of Read, Write, List and Delete must be chosen.
/// </summary>
[Flags]
public enum Permissions
{
    None = 0,
    Read = 1,
    Write = 2,
    List = 4,
    Delete = 8,

    /// <summary>The console's "All" box on the Access Permissions step: Read, Write, List and Delete.</summary>
    All = Read | Write | List | Delete,

    PutObjectRetention = 1 << 4,
    GetObjectRetention = 1 << 5,
    BypassGovernanceRetention = 1 << 6,
    PutObjectLegalHold = 1 << 7,
    GetObjectLegalHold = 1 << 8,
    PutObjectLockConfiguration = 1 << 9,
    GetObjectLockConfiguration = 1 << 10,

    /// <summary>Every Object Lock permission, bypass governance retention included (the Object Lock step's "All").</summary>
    ObjectLock = PutObjectRetention | GetObjectRetention | BypassGovernanceRetention | PutObjectLegalHold | GetObjectLegalHold
        | PutObjectLockConfiguration | GetObjectLockConfiguration,

    PutBucketNotificationConfiguration = 1 << 11,
    GetBucketNotificationConfiguration = 1 << 12,

    /// <summary>Both bucket notification permissions.</summary>
    BucketNotification = PutBucketNotificationConfiguration | GetBucketNotificationConfiguration,
}
