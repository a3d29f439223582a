using StorjTui.Core.Access;
using StorjTui.Core.Flow;
using StorjTui.Core.Tests.Support;
using Step = StorjTui.Core.Flow.CreateAccessStep;

namespace StorjTui.Core.Tests.Flow;

/// <summary>The branches: API key, access-grant connection, managed passphrase, no current passphrase.</summary>
public class CreateAccessBranchTests
{
    private readonly FlowFixture _fixture = new();

    [Fact]
    public void Api_key_skips_encryption_both_ways()
    {
        var flow = _fixture.Create(type: AccessType.ApiKey);
        flow.SetName("ci-key");
        flow.Next();
        Assert.False(flow.AsksForEncryption);
        Assert.Equal(Step.ConfirmDetails, flow.Next().To);
        Assert.Equal(Step.Permissions, flow.Back().To);
        flow.Next();
        flow.Confirm();
        var request = flow.BuildRequest();
        Assert.Equal(PassphraseChoice.UseCurrent, request.PassphraseChoice);
        Assert.Null(request.Passphrase);
    }

    [Fact]
    public void Switching_to_api_key_after_choosing_a_new_passphrase_sends_none()
    {
        var flow = _fixture.AtEncryption();
        flow.ChoosePassphrase(PassphraseChoice.EnterNew);
        flow.Next();
        flow.SetNewPassphrase("secret words here");
        flow.SetPassphraseConfirmation("secret words here");
        flow.Back();
        flow.Back();
        flow.Back();
        flow.SetType(AccessType.ApiKey);
        flow.Next();
        Assert.Equal(Step.ConfirmDetails, flow.Next().To);
        flow.Confirm();
        Assert.Null(flow.BuildRequest().Passphrase);
    }

    [Fact]
    public void Managed_passphrase_skips_encryption()
    {
        var flow = _fixture.Create(CurrentPassphrase.ManagedBySatellite);
        flow.SetName("managed");
        flow.Next();
        Assert.Equal(Step.ConfirmDetails, flow.Next().To);
        Assert.Equal(Step.Permissions, flow.Back().To);
    }

    [Fact]
    public void Access_grant_connection_offers_only_its_own_key()
    {
        var flow = _fixture.AtEncryption(CurrentPassphrase.AccessGrantKey);
        Assert.Equal([PassphraseChoice.UseCurrent], flow.OfferedPassphraseChoices);
        Assert.Equal(PassphraseChoice.UseCurrent, flow.Draft.PassphraseChoice);
        const string message = "An access grant connection can only use its own key: a new passphrase needs the project's salt, which only the satellite has";
        Assert.Equal(message, flow.ChoosePassphrase(PassphraseChoice.EnterNew));
        Assert.Equal(message, flow.ChoosePassphrase(PassphraseChoice.GenerateNew));
        Assert.Equal(PassphraseChoice.UseCurrent, flow.Draft.PassphraseChoice);
        Assert.Equal(Step.ConfirmDetails, flow.Next().To);
    }

    [Fact]
    public void Without_a_current_passphrase_my_project_passphrase_comes_first_then_the_advanced_choices()
    {
        // Issue #16: the console offers "Enter my project passphrase" (SetMyProjectPassphrase) first when none is set.
        var flow = _fixture.AtEncryption(CurrentPassphrase.Unknown);
        Assert.Equal([PassphraseChoice.SetMyProjectPassphrase, PassphraseChoice.EnterNew, PassphraseChoice.GenerateNew], flow.OfferedPassphraseChoices);
        Assert.Equal(PassphraseChoice.SetMyProjectPassphrase, flow.Draft.PassphraseChoice);
        Assert.Equal("No project passphrase was entered: enter your project passphrase, enter a new passphrase or generate one", flow.ChoosePassphrase(PassphraseChoice.UseCurrent));
        Assert.Equal(Step.EnterPassphrase, flow.Next().To);
    }

    [Fact]
    public void My_project_passphrase_is_typed_twice_and_sent_as_the_key_source()
    {
        var flow = _fixture.AtEncryption(CurrentPassphrase.Unknown);
        Assert.Equal(Step.EnterPassphrase, flow.Next().To);
        flow.SetNewPassphrase("the project one");
        flow.SetPassphraseConfirmation("the project on");
        Assert.False(flow.Next().Accepted);
        flow.SetPassphraseConfirmation("the project one");
        Assert.Equal(Step.ConfirmDetails, flow.Next().To);
        Assert.Equal(Step.EnterPassphrase, flow.Back().To);
        Assert.Equal(Step.ConfirmDetails, flow.Next().To);

        var request = flow.BuildRequest();
        Assert.Equal(PassphraseChoice.EnterNew, request.PassphraseChoice);
        Assert.Equal("the project one"u8.ToArray(), request.Passphrase);
    }

    [Fact]
    public void My_project_passphrase_is_not_offered_when_one_is_set_or_for_a_grant()
    {
        Assert.DoesNotContain(PassphraseChoice.SetMyProjectPassphrase, _fixture.AtEncryption().OfferedPassphraseChoices);
        Assert.DoesNotContain(PassphraseChoice.SetMyProjectPassphrase, _fixture.AtEncryption(CurrentPassphrase.AccessGrantKey).OfferedPassphraseChoices);
    }

    [Fact]
    public void With_the_project_passphrase_all_three_choices_exist()
    {
        var flow = _fixture.AtEncryption();
        Assert.Equal([PassphraseChoice.UseCurrent, PassphraseChoice.EnterNew, PassphraseChoice.GenerateNew], flow.OfferedPassphraseChoices);
    }

    [Fact]
    public void A_disallowed_choice_set_anyway_is_refused_by_the_guard()
    {
        // Only reachable through the draft directly (the CLI path); the guard still holds the rule.
        var flow = _fixture.AtEncryption(CurrentPassphrase.Unknown);
        flow.Draft.PassphraseChoice = PassphraseChoice.UseCurrent;
        var result = flow.Next();
        Assert.False(result.Accepted);
        Assert.Equal(["No project passphrase was entered: enter your project passphrase, enter a new passphrase or generate one"], result.Problems);
    }
}
