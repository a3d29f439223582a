using System.Text;
using StorjTui.Core.Access;
using StorjTui.Core.Flow;
using StorjTui.Core.Tests.Support;
using Step = StorjTui.Core.Flow.CreateAccessStep;

namespace StorjTui.Core.Tests.Flow;

/// <summary>Walks each path of the create flow from Type and Name to Created.</summary>
public class CreateAccessWalkTests
{
    private readonly FlowFixture _fixture = new();

    private static CreatedAccess Made(string name) => new()
    {
        Type = AccessType.S3Credentials,
        Name = name,
        CreatedAt = FlowFixture.Start,
        Permissions = Permissions.All,
        Buckets = [],
    };

    private static void Moves(StepResult<Step> result, Step from, Step to)
    {
        Assert.Empty(result.Problems);
        Assert.True(result.Accepted);
        Assert.Equal(from, result.From);
        Assert.Equal(to, result.To);
    }

    [Fact]
    public void S3_with_the_current_passphrase()
    {
        var flow = _fixture.Create();
        Assert.Equal(Step.TypeAndName, flow.Step);
        Assert.Equal(AccessType.S3Credentials, flow.Draft.Type);
        Assert.Equal(PassphraseChoice.UseCurrent, flow.Draft.PassphraseChoice);

        flow.SetName("backup");
        Moves(flow.Next(), Step.TypeAndName, Step.Permissions);
        flow.SetPermissions(Permissions.Read | Permissions.List);
        flow.SetBuckets(["photos"]);
        Assert.Null(flow.SetEndDate("1w"));
        Moves(flow.Next(), Step.Permissions, Step.AccessEncryption);
        Moves(flow.Next(), Step.AccessEncryption, Step.ConfirmDetails);
        Moves(flow.Confirm(), Step.ConfirmDetails, Step.Creating);

        var request = flow.BuildRequest();
        Assert.Equal(new AccessRequest(AccessType.S3Credentials, "backup", Permissions.Read | Permissions.List, request.Buckets,
            new DateTimeOffset(2026, 6, 22, 23, 59, 59, TimeSpan.FromHours(2)), PassphraseChoice.UseCurrent, null), request);
        Assert.Equal(["photos"], request.Buckets);

        var created = Made("backup");
        Moves(flow.Succeeded(created), Step.Creating, Step.Created);
        Assert.Same(created, flow.Created);
    }

    [Fact]
    public void S3_with_a_new_passphrase()
    {
        var flow = _fixture.AtEncryption();
        Assert.Null(flow.ChoosePassphrase(PassphraseChoice.EnterNew));
        Moves(flow.Next(), Step.AccessEncryption, Step.EnterPassphrase);
        flow.SetNewPassphrase("correct horse battery staple");
        flow.SetPassphraseConfirmation("correct horse battery staple");
        Moves(flow.Next(), Step.EnterPassphrase, Step.ConfirmDetails);
        Moves(flow.Confirm(), Step.ConfirmDetails, Step.Creating);

        var request = flow.BuildRequest();
        Assert.Equal(PassphraseChoice.EnterNew, request.PassphraseChoice);
        Assert.Equal("correct horse battery staple"u8.ToArray(), request.Passphrase);
    }

    [Fact]
    public void S3_with_a_generated_passphrase()
    {
        var flow = _fixture.AtEncryption();
        Assert.Null(flow.ChoosePassphrase(PassphraseChoice.GenerateNew));
        Moves(flow.Next(), Step.AccessEncryption, Step.ShowGeneratedPassphrase);
        Assert.Equal(1, _fixture.Generator.Calls);
        Assert.Equal(12, flow.GeneratedPassphraseWords().Count);
        Assert.Equal("w1a", flow.GeneratedPassphraseWords()[0]);

        flow.SetSavedPassphraseAcknowledged(true);
        Moves(flow.Next(), Step.ShowGeneratedPassphrase, Step.ConfirmDetails);
        Moves(flow.Confirm(), Step.ConfirmDetails, Step.Creating);

        var request = flow.BuildRequest();
        Assert.Equal(PassphraseChoice.GenerateNew, request.PassphraseChoice);
        Assert.Equal(_fixture.Generator.Issued[0], request.Passphrase);
        Assert.NotSame(_fixture.Generator.Issued[0], request.Passphrase);
    }

    [Fact]
    public void Access_grant_type_asks_for_encryption_too()
    {
        var flow = _fixture.Create(type: AccessType.AccessGrant);
        flow.SetName("uplink");
        flow.Next();
        Moves(flow.Next(), Step.Permissions, Step.AccessEncryption);
    }

    [Fact]
    public void Failure_then_retry_then_success()
    {
        var flow = _fixture.AtEncryption();
        flow.Next();
        flow.Confirm();
        Moves(flow.Failed("The satellite did not answer: check the network and retry"), Step.Creating, Step.Failed);
        Assert.Equal("The satellite did not answer: check the network and retry", flow.FailureMessage);
        Moves(flow.Retry(), Step.Failed, Step.Creating);
        Moves(flow.Succeeded(Made("backup")), Step.Creating, Step.Created);
        Assert.Null(flow.FailureMessage);
    }

    [Fact]
    public void Failure_then_back_to_the_details_then_cancel()
    {
        var flow = _fixture.AtEncryption();
        flow.Next();
        flow.Confirm();
        flow.Failed("This name is already in use");
        Moves(flow.Back(), Step.Failed, Step.ConfirmDetails);
        flow.Confirm();
        flow.Failed("again");
        Moves(flow.Cancel(), Step.Failed, Step.Cancelled);
    }

    [Fact]
    public void The_request_passphrase_is_a_copy_so_clearing_it_keeps_retry_possible()
    {
        var flow = _fixture.AtEncryption();
        flow.ChoosePassphrase(PassphraseChoice.EnterNew);
        flow.Next();
        flow.SetNewPassphrase("a long enough passphrase");
        flow.SetPassphraseConfirmation("a long enough passphrase");
        flow.Next();
        flow.Confirm();
        var first = flow.BuildRequest();
        Array.Clear(first.Passphrase!);
        flow.Failed("timeout");
        flow.Retry();
        Assert.Equal(Encoding.UTF8.GetBytes("a long enough passphrase"), flow.BuildRequest().Passphrase);
    }
}
