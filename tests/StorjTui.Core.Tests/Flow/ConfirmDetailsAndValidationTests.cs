using StorjTui.Core.Access;
using StorjTui.Core.Flow;
using StorjTui.Core.Tests.Support;
using Step = StorjTui.Core.Flow.CreateAccessStep;

namespace StorjTui.Core.Tests.Flow;

/// <summary>The confirm-details rows and the command line's whole-draft validation.</summary>
public class ConfirmDetailsAndValidationTests
{
    private readonly FlowFixture _fixture = new();

    [Fact]
    public void Rows_for_all_buckets_and_no_expiration()
    {
        var flow = _fixture.Create();
        flow.SetName("backup");
        Assert.Equal(
            [
                new DetailRow("Name", "backup"),
                new DetailRow("Type", "S3 Credentials"),
                new DetailRow("Permissions", "Read, Write, List, Delete"),
                new DetailRow("Buckets", "All buckets"),
                new DetailRow("End date", "No expiration date"),
            ],
            flow.ConfirmDetails);
    }

    [Fact]
    public void Rows_for_chosen_buckets_permissions_and_a_date()
    {
        var flow = _fixture.Create(type: AccessType.ApiKey);
        flow.SetName("ci");
        flow.SetPermissions(Permissions.List | Permissions.Read);
        flow.SetBuckets(["photos", "backups"]);
        flow.SetEndDate("2026-12-31");
        Assert.Equal(
            [
                new DetailRow("Name", "ci"),
                new DetailRow("Type", "API Key"),
                new DetailRow("Permissions", "Read, List"),
                new DetailRow("Buckets", "photos, backups"),
                new DetailRow("End date", "2026-12-31 23:59:59 +01:00"),
            ],
            flow.ConfirmDetails);
    }

    [Fact]
    public void Access_grant_type_text()
    {
        Assert.Equal("Access Grant", AccessTypeText.Of(AccessType.AccessGrant));
        Assert.Equal("None", AccessTypeText.Of(Permissions.None));
    }

    [Fact]
    public void Whole_draft_validation_lists_every_problem_with_its_step()
    {
        var flow = _fixture.Create(CurrentPassphrase.Unknown, AccessType.S3Credentials, "taken");
        flow.SetName("taken");
        flow.SetPermissions(Permissions.None);
        flow.SetEndDate("2020-01-01");
        flow.SetNewPassphrase("zq-secret-1");
        flow.SetPassphraseConfirmation("zq-secret-2");
        Assert.Equal(
            [
                new DraftProblem(Step.TypeAndName, "This name is already in use"),
                new DraftProblem(Step.Permissions, "Choose at least one permission"),
                new DraftProblem(Step.Permissions, "The end date 2020-01-01 23:59:59 +01:00 has passed: choose a date in the future"),
                new DraftProblem(Step.EnterPassphrase, "The passphrases do not match"),
            ],
            flow.ValidateDraft());

        var e = Assert.Throws<InvalidAccessDraftException>(() => flow.BuildRequest());
        Assert.Equal(4, e.Problems.Count);
        Assert.Equal("This name is already in use; Choose at least one permission; The end date 2020-01-01 23:59:59 +01:00 has passed: choose a date in the future; The passphrases do not match", e.Message);
        Assert.DoesNotContain("zq-secret", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Whole_draft_validation_of_a_generated_choice_needs_the_words_and_the_tick()
    {
        var flow = _fixture.Create();
        flow.SetName("backup");
        flow.ChoosePassphrase(PassphraseChoice.GenerateNew);
        Assert.Equal(
            [
                new DraftProblem(Step.ShowGeneratedPassphrase, "No passphrase was generated yet"),
                new DraftProblem(Step.ShowGeneratedPassphrase, "Tick \"I saved my encryption passphrase\" to continue"),
            ],
            flow.ValidateDraft());
        flow.EnsureGeneratedPassphrase();
        flow.SetSavedPassphraseAcknowledged(true);
        Assert.Empty(flow.ValidateDraft());
    }

    [Fact]
    public void The_command_line_can_build_a_request_without_walking_the_screens()
    {
        using var flow = _fixture.Create(CurrentPassphrase.Unknown);
        flow.SetName("nightly");
        flow.SetPermissions(Permissions.Read | Permissions.List);
        flow.SetBuckets(["backups"]);
        Assert.Null(flow.SetEndDate("+30d"));
        flow.ChoosePassphrase(PassphraseChoice.EnterNew);
        flow.SetNewPassphrase("from stdin");
        flow.SetPassphraseConfirmation("from stdin");

        var request = flow.BuildRequest();
        Assert.Equal("nightly", request.Name);
        Assert.Equal(FlowFixture.Start.AddDays(30), request.NotAfter);
        Assert.Equal("from stdin"u8.ToArray(), request.Passphrase);
        Assert.Equal(Step.TypeAndName, flow.Step);
    }

    [Fact]
    public void An_api_key_draft_ignores_encryption_rules()
    {
        var flow = _fixture.Create(CurrentPassphrase.Unknown, AccessType.ApiKey);
        flow.SetName("k");
        flow.SetNewPassphrase("x");
        Assert.Empty(flow.ValidateDraft());
    }
}
