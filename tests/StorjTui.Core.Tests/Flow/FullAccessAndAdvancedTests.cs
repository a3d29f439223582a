using StorjTui.Core.Access;
using StorjTui.Core.Flow;
using StorjTui.Core.Tests.Support;
using StorjTui.Core.Time;

namespace StorjTui.Core.Tests.Flow;

/// <summary>Full access and Advanced as today's console builds them (AccessSetupDialog.vue createAPIKey, setFullAccess).</summary>
public class FullAccessAndAdvancedTests
{
    private readonly FlowFixture _fixture = new();

    private CreateAccessFlow Create(SatelliteFeatures features) =>
        new(new CreateAccessSetup([], ["photos", "backups"], CurrentPassphrase.ProjectPassphrase, AccessType.ApiKey, features), _fixture.Services);

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Full_access_asks_the_console_full_access_permissions_for_every_bucket_and_no_end_date(bool objectLock)
    {
        var flow = Create(new SatelliteFeatures(objectLock, false));
        flow.SetName("ci");
        flow.SetBuckets(["photos"]);
        flow.SetEndDate(EndDate.At(FlowFixture.Start.AddDays(3), TimeZoneInfo.Utc));
        flow.SetPermissions(Permissions.Read);
        flow.SetFlowType(FlowType.FullAccess);

        var request = flow.BuildRequest();

        var expected = Permissions.Read | Permissions.Write | Permissions.List | Permissions.Delete
            | Permissions.PutBucketNotificationConfiguration | Permissions.GetBucketNotificationConfiguration
            | (objectLock
                ? Permissions.PutObjectRetention | Permissions.GetObjectRetention | Permissions.PutObjectLegalHold
                  | Permissions.GetObjectLegalHold | Permissions.PutObjectLockConfiguration | Permissions.GetObjectLockConfiguration
                : Permissions.None);
        Assert.Equal(expected, request.Permissions);
        Assert.False(request.Permissions.HasFlag(Permissions.BypassGovernanceRetention));
        Assert.Empty(request.Buckets);
        Assert.Null(request.NotAfter);
    }

    [Fact]
    public void Full_access_confirm_details_say_full_access_all_buckets_no_end_date()
    {
        var flow = Create(SatelliteFeatures.Default);
        flow.SetName("ci");
        flow.SetBuckets(["photos"]);
        flow.SetFlowType(FlowType.FullAccess);

        var rows = flow.ConfirmDetails.ToDictionary(r => r.Title, r => r.Value);

        Assert.Equal("Full access", rows["Permissions"]);
        Assert.Equal("All buckets", rows["Buckets"]);
        Assert.Equal(EndDate.None.DisplayText, rows["End date"]);
    }

    [Fact]
    public void Advanced_keeps_the_ticked_object_lock_and_notification_boxes()
    {
        var flow = Create(SatelliteFeatures.Default);
        flow.SetName("ci");
        var chosen = Permissions.Read | Permissions.BypassGovernanceRetention | Permissions.GetBucketNotificationConfiguration;
        flow.SetPermissions(chosen);

        Assert.Equal(chosen, flow.BuildRequest().Permissions);
        Assert.Equal("Read, BypassGovernanceRetention, GetBucketNotificationConfiguration", flow.ConfirmDetails.Single(r => r.Title == "Permissions").Value);
    }

    [Theory]
    [InlineData(false, true, Permissions.PutObjectRetention, "This satellite does not offer Object Lock permissions")]
    [InlineData(true, false, Permissions.PutBucketNotificationConfiguration, "This satellite does not offer bucket notification permissions")]
    public void Advanced_refuses_a_box_the_satellite_does_not_offer(bool objectLock, bool eventing, Permissions box, string message)
    {
        var flow = Create(new SatelliteFeatures(objectLock, eventing));
        flow.SetName("ci");
        flow.SetPermissions(Permissions.Read | box);
        flow.Next();

        var result = flow.Next();

        Assert.False(result.Accepted);
        Assert.Contains(message, result.Problems);
        Assert.Equal(CreateAccessStep.Permissions, flow.Step);
    }

    [Theory]
    [InlineData(AccessType.S3Credentials, CreateAccessStep.AccessEncryption)]
    [InlineData(AccessType.ApiKey, CreateAccessStep.ConfirmDetails)]
    public void Full_access_skips_the_permissions_step_and_back_returns_to_type_and_name(AccessType type, CreateAccessStep after)
    {
        var flow = _fixture.Create(type: type);
        flow.SetName("ci");
        flow.SetFlowType(FlowType.FullAccess);

        Assert.Equal(after, flow.Next().To);
        Assert.Equal(CreateAccessStep.TypeAndName, flow.Back().To);
        flow.SetFlowType(FlowType.Advanced);
        Assert.Equal(CreateAccessStep.Permissions, flow.Next().To);
    }
}
