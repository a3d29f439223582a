namespace StorjTui.Core.Access;

/// <summary>
/// The satellite's switches that decide which permissions the console offers (<c>GET /api/v0/config</c>:
/// <c>objectLockUIEnabled</c>, <c>bucketEventingUIEnabled</c>), and the one place that turns a Full access or
/// Advanced choice into the permissions the console's <c>createAPIKey</c> allows.
/// </summary>
/// <param name="ObjectLockUIEnabled">The console shows the Object Lock Permissions step.</param>
/// <param name="BucketEventingUIEnabled">The console shows the Bucket Notification Permissions step.</param>
public sealed record SatelliteFeatures(bool ObjectLockUIEnabled, bool BucketEventingUIEnabled)
{
    /// <summary>Both switches on: the satellite's defaults, and what a back end without a config assumes.</summary>
    public static SatelliteFeatures Default { get; } = new(true, true);

    /// <summary>
    /// Full access: Read, Write, List, Delete and both bucket-notification permissions (allowed even when bucket
    /// eventing's UI is off); the Object Lock ones except bypass governance retention only when the Object Lock UI
    /// is on (the console leaves them unset otherwise, which disallows them); bypass governance retention never.
    /// </summary>
    public Permissions FullAccess =>
        Permissions.All | Permissions.BucketNotification
        | (ObjectLockUIEnabled ? Permissions.ObjectLock & ~Permissions.BypassGovernanceRetention : Permissions.None);

    /// <summary>The boxes the Advanced flow offers: the Object Lock and notification ones only when their step is shown.</summary>
    public Permissions Offered =>
        Permissions.All
        | (ObjectLockUIEnabled ? Permissions.ObjectLock : Permissions.None)
        | (BucketEventingUIEnabled ? Permissions.BucketNotification : Permissions.None);

    /// <summary>What Advanced allows for <paramref name="chosen"/>: boxes of a step the console does not show stay unticked.</summary>
    public Permissions Advanced(Permissions chosen) => chosen & Offered;
}
