using StorjTui.Core.Access;
using StorjTui.Core.Flow;
using StorjTui.Core.Tests.Support;
using StorjTui.Core.Time;
using Step = StorjTui.Core.Flow.CreateAccessStep;

namespace StorjTui.Core.Tests.Flow;

/// <summary>Every guard refuses with its message and leaves the flow where it was.</summary>
public class CreateAccessGuardTests
{
    private readonly FlowFixture _fixture = new();

    private static void Refuses(StepResult<Step> result, Step at, params string[] problems)
    {
        Assert.False(result.Accepted);
        Assert.Equal(at, result.From);
        Assert.Equal(at, result.To);
        Assert.Equal(problems, result.Problems);
    }

    private CreateAccessFlow AtPermissions(params string[] existing)
    {
        var flow = _fixture.Create(existingNames: existing);
        flow.SetName("backup");
        Assert.True(flow.Next().Accepted);
        return flow;
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\t")]
    public void Name_is_required(string name)
    {
        var flow = _fixture.Create();
        flow.SetName(name);
        Refuses(flow.Next(), Step.TypeAndName, "Name is required");
    }

    [Fact]
    public void Name_is_at_most_100_runes()
    {
        var flow = _fixture.Create();
        flow.SetName(new string('a', 101));
        Refuses(flow.Next(), Step.TypeAndName, "Name must be at most 100 characters (this one has 101)");

        // 100 emoji are 200 UTF-16 units but 100 runes, as the satellite counts.
        flow.SetName(string.Concat(Enumerable.Repeat("😀", 100)));
        Assert.True(flow.Next().Accepted);
    }

    [Theory]
    [InlineData("back\tup")]
    [InlineData("back\nup")]
    [InlineData("back\u0007up")]
    [InlineData("back\u007fup")]
    public void Name_has_no_control_characters(string name)
    {
        var flow = _fixture.Create();
        flow.SetName(name);
        Refuses(flow.Next(), Step.TypeAndName, "Name must not contain control characters such as tabs or line breaks");
    }

    [Fact]
    public void Name_is_unique_case_sensitively()
    {
        var flow = _fixture.Create(existingNames: ["backup", "photos"]);
        flow.SetName("backup");
        Refuses(flow.Next(), Step.TypeAndName, "This name is already in use");
        flow.SetName("Backup");
        Assert.True(flow.Next().Accepted);
    }

    [Fact]
    public void Several_name_problems_are_reported_together()
    {
        var long_ = new string('x', 100) + "\n";
        var flow = _fixture.Create(existingNames: [long_]);
        flow.SetName(long_);
        Refuses(flow.Next(), Step.TypeAndName,
            "Name must be at most 100 characters (this one has 101)",
            "Name must not contain control characters such as tabs or line breaks",
            "This name is already in use");
    }

    [Fact]
    public void Api_key_is_not_offered_when_the_satellite_manages_the_passphrase()
    {
        var flow = _fixture.Create(CurrentPassphrase.ManagedBySatellite);
        Assert.Equal([AccessType.S3Credentials, AccessType.AccessGrant], flow.OfferedTypes);
        flow.SetName("k");
        flow.SetType(AccessType.ApiKey);
        Refuses(flow.Next(), Step.TypeAndName, "API Key is not available in a project whose passphrase is managed by Storj");
        Assert.Equal(3, _fixture.Create().OfferedTypes.Count);
    }

    [Fact]
    public void At_least_one_permission()
    {
        var flow = AtPermissions();
        flow.SetPermissions(Permissions.None);
        Refuses(flow.Next(), Step.Permissions, "Choose at least one permission");
        flow.SetPermissions(Permissions.Delete);
        Assert.True(flow.Next().Accepted);
    }

    [Fact]
    public void End_date_in_the_past_is_refused()
    {
        var flow = AtPermissions();
        Assert.Null(flow.SetEndDate("2026-06-14"));
        Refuses(flow.Next(), Step.Permissions, "The end date 2026-06-14 23:59:59 +02:00 has passed: choose a date in the future");
    }

    [Fact]
    public void End_date_earlier_today_is_refused_but_the_end_of_today_is_not()
    {
        var flow = AtPermissions();
        Assert.Null(flow.SetEndDate("2026-06-15T09:00:00+02:00"));
        Refuses(flow.Next(), Step.Permissions, "The end date 2026-06-15 09:00:00 +02:00 has passed: choose a date in the future");
        Assert.Null(flow.SetEndDate("now"));
        Refuses(flow.Next(), Step.Permissions, "The end date 2026-06-15 10:00:00 +02:00 has passed: choose a date in the future");
        Assert.Null(flow.SetEndDate("2026-06-15"));
        Assert.True(flow.Next().Accepted);
        flow.Back();
        flow.SetEndDate(new DateOnly(2026, 6, 15));
        Assert.Equal(EndDateKind.CustomDate, flow.Draft.EndDate.Kind);
        Assert.True(flow.Next().Accepted);
    }

    [Theory]
    [InlineData("+1m")]
    [InlineData("+90s")]
    [InlineData("+1m59s")]
    public void S3_credentials_ending_too_soon_for_the_auth_service_are_refused(string soon)
    {
        // storj/edge pkg/auth/authdb/db.go refuses an expiration less than a minute after registering.
        var flow = AtPermissions();
        Assert.Equal(AccessType.S3Credentials, flow.Draft.Type);
        Assert.Null(flow.SetEndDate(soon));

        var result = flow.Next();

        Assert.False(result.Accepted);
        var problem = Assert.Single(result.Problems);
        Assert.Contains("at least 2 minutes", problem, StringComparison.Ordinal);
        Assert.Contains("auth service", problem, StringComparison.Ordinal);
        Assert.Equal(result.Problems, flow.ValidateDraft().Select(p => p.Message));
        Assert.Null(flow.SetEndDate("+2m"));
        Assert.True(flow.Next().Accepted);
    }

    [Fact]
    public void An_access_grant_is_not_registered_so_a_short_end_date_is_fine()
    {
        var flow = _fixture.Create(type: AccessType.AccessGrant);
        flow.SetName("short");
        Assert.True(flow.Next().Accepted);
        Assert.Null(flow.SetEndDate("+1m"));

        Assert.True(flow.Next().Accepted);
    }

    [Fact]
    public void End_date_at_most_100_years_ahead()
    {
        var flow = AtPermissions();
        Assert.Null(flow.SetEndDate("2126-06-16"));
        Refuses(flow.Next(), Step.Permissions, "The end date must be within 100 years from now");
        Assert.Null(flow.SetEndDate("2126-06-14"));
        Assert.True(flow.Next().Accepted);
    }

    [Fact]
    public void An_unreadable_end_date_keeps_the_previous_one()
    {
        var flow = AtPermissions();
        flow.SetEndDate(EndDatePreset.OneYear);
        Assert.Equal("'2026-13-01' is not a date: use YYYY-MM-DD, RFC 3339, +2h30m, +7d, 1d/1w/1mo/1y, now, or none.", flow.SetEndDate("2026-13-01"));
        Assert.Equal(EndDatePreset.OneYear, flow.Draft.EndDate.Preset);
    }

    [Theory]
    [InlineData("2026-13-45", "'2026-13-45' is not a date: use YYYY-MM-DD, RFC 3339, +2h30m, +7d, 1d/1w/1mo/1y, now, or none.")]
    [InlineData("", "Enter the end date (yyyy-mm-dd), or choose another end date option")]
    [InlineData("   ", "Enter the end date (yyyy-mm-dd), or choose another end date option")]
    public void An_unreadable_or_empty_typed_end_date_is_refused_not_replaced(string typed, string problem)
    {
        var flow = AtPermissions();
        flow.SetEndDate(typed);
        Refuses(flow.Next(), Step.Permissions, problem);
        Assert.Contains(flow.ValidateDraft(), p => p.Step == Step.Permissions && p.Message == problem);

        // A readable date typed earlier does not survive a later typo either.
        Assert.Null(flow.SetEndDate("2026-12-24"));
        flow.SetEndDate(typed);
        Refuses(flow.Next(), Step.Permissions, problem);
    }

    [Fact]
    public void The_draft_holds_the_end_date_as_typed_until_another_kind_is_chosen()
    {
        var flow = AtPermissions();
        flow.SetEndDate(" 2026-13-45");
        Assert.Equal(" 2026-13-45", flow.Draft.EndDateText);
        Assert.True(flow.HasEnteredData);
        Assert.Null(flow.SetEndDate("2026-12-24"));
        Assert.Equal("2026-12-24", flow.Draft.EndDateText);
        flow.SetEndDate(EndDatePreset.OneWeek);
        Assert.Null(flow.Draft.EndDateText);
        Assert.True(flow.Next().Accepted);
    }

    [Fact]
    public void Permission_and_end_date_problems_come_together()
    {
        var flow = AtPermissions();
        flow.SetPermissions(Permissions.None);
        flow.SetEndDate("2020-01-01");
        Refuses(flow.Next(), Step.Permissions,
            "Choose at least one permission",
            "The end date 2020-01-01 23:59:59 +01:00 has passed: choose a date in the future");
    }

    [Fact]
    public void Passphrase_must_be_entered()
    {
        var flow = AtEnterPassphrase();
        Refuses(flow.Next(), Step.EnterPassphrase, "Enter a passphrase");
        flow.SetNewPassphrase(" \t ");
        flow.SetPassphraseConfirmation(" \t ");
        Refuses(flow.Next(), Step.EnterPassphrase, "Enter a passphrase");
    }

    [Fact]
    public void Passphrase_confirmation_must_match()
    {
        var flow = AtEnterPassphrase();
        flow.SetNewPassphrase("correct horse battery staple");
        flow.SetPassphraseConfirmation("correct horse battery stapel");
        Refuses(flow.Next(), Step.EnterPassphrase, "The passphrases do not match");
        flow.SetPassphraseConfirmation("correct horse battery staple");
        Assert.True(flow.Next().Accepted);
    }

    [Fact]
    public void The_plugged_in_check_can_block_and_warn()
    {
        var flow = AtEnterPassphrase();
        flow.SetNewPassphrase("blocked");
        flow.SetPassphraseConfirmation("blocked");
        Refuses(flow.Next(), Step.EnterPassphrase, "That passphrase is on the blocked list");
        Assert.Equal([new PassphraseNotice("Short passphrase: use 12 words or more", false)], flow.PassphraseWarnings);

        flow.SetNewPassphrase("short");
        flow.SetPassphraseConfirmation("short");
        Assert.Single(flow.PassphraseWarnings);
        Assert.True(flow.Next().Accepted, "warnings do not block");
    }

    [Fact]
    public void Generated_passphrase_needs_the_acknowledgement()
    {
        var flow = _fixture.AtEncryption();
        flow.ChoosePassphrase(PassphraseChoice.GenerateNew);
        flow.Next();
        Refuses(flow.Next(), Step.ShowGeneratedPassphrase, "Tick \"I saved my encryption passphrase\" to continue");
        flow.SetSavedPassphraseAcknowledged(true);
        flow.SetSavedPassphraseAcknowledged(false);
        Refuses(flow.Next(), Step.ShowGeneratedPassphrase, "Tick \"I saved my encryption passphrase\" to continue");
    }

    [Theory]
    [InlineData(nameof(CreateAccessTrigger.Confirm), "Confirm is not available on this step")]
    [InlineData(nameof(CreateAccessTrigger.Retry), "Retry is not available on this step")]
    [InlineData(nameof(CreateAccessTrigger.Back), "Back is not available on this step")]
    public void Triggers_of_other_steps_are_refused_at_type_and_name(string trigger, string message)
    {
        var flow = _fixture.Create();
        flow.SetName("backup");
        Refuses(flow.Fire(Enum.Parse<CreateAccessTrigger>(trigger)), Step.TypeAndName, message);
        Assert.False(flow.CanGoBack);
    }

    [Fact]
    public void Confirm_only_from_confirm_details()
    {
        var flow = _fixture.AtEncryption();
        Refuses(flow.Confirm(), Step.AccessEncryption, "Confirm is not available on this step");
        flow.Next();
        Assert.True(flow.Confirm().Accepted);
        Refuses(flow.Confirm(), Step.Creating, "Confirm is not available on this step");
    }

    [Fact]
    public void Confirm_rechecks_the_whole_draft_when_time_passed()
    {
        var flow = _fixture.Create();
        flow.SetName("backup");
        flow.Next();
        flow.SetEndDate("+1h");
        flow.Next();
        flow.Next();
        _fixture.Clock.Advance(TimeSpan.FromHours(2));
        Refuses(flow.Confirm(), Step.ConfirmDetails, "The end date 2026-06-15 11:00:00 +02:00 has passed: choose a date in the future");
    }

    [Fact]
    public void Retry_rechecks_the_whole_draft()
    {
        var flow = _fixture.Create();
        flow.SetName("backup");
        flow.Next();
        flow.SetEndDate("+1h");
        flow.Next();
        flow.Next();
        flow.Confirm();
        flow.Failed("timeout");
        _fixture.Clock.Advance(TimeSpan.FromHours(2));
        Refuses(flow.Retry(), Step.Failed, "The end date 2026-06-15 11:00:00 +02:00 has passed: choose a date in the future");
    }

    [Fact]
    public void Creating_cannot_be_cancelled_or_edited()
    {
        var flow = _fixture.AtEncryption();
        flow.Next();
        flow.Confirm();
        Refuses(flow.Cancel(), Step.Creating, "Cancel is not available on this step");
        Refuses(flow.Back(), Step.Creating, "Back is not available on this step");
        Assert.Throws<InvalidOperationException>(() => flow.SetName("other"));
        Assert.Throws<InvalidOperationException>(() => flow.SetNewPassphrase("x"));
    }

    [Fact]
    public void Outcomes_are_refused_outside_creating()
    {
        var flow = _fixture.Create();
        Refuses(flow.Failed("boom"), Step.TypeAndName, "Creation failed is not available on this step");
        Assert.Null(flow.FailureMessage);
        Refuses(flow.Succeeded(new CreatedAccess { Type = AccessType.ApiKey, Name = "n", CreatedAt = FlowFixture.Start, Permissions = Permissions.All, Buckets = [] }),
            Step.TypeAndName, "Creation succeeded is not available on this step");
        Assert.Null(flow.Created);
    }

    [Theory]
    [InlineData(CreateAccessTrigger.CreationSucceeded)]
    [InlineData(CreateAccessTrigger.CreationFailed)]
    public void Outcomes_cannot_be_fired_without_their_data(CreateAccessTrigger trigger)
    {
        var flow = _fixture.AtEncryption();
        flow.Next();
        flow.Confirm();
        Assert.Throws<ArgumentException>(() => flow.Fire(trigger));
        Assert.Equal(Step.Creating, flow.Step);
    }

    private CreateAccessFlow AtEnterPassphrase()
    {
        var flow = _fixture.AtEncryption();
        flow.ChoosePassphrase(PassphraseChoice.EnterNew);
        Assert.True(flow.Next().Accepted);
        return flow;
    }
}
