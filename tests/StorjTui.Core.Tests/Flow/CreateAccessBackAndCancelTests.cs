using StorjTui.Core.Access;
using StorjTui.Core.Flow;
using StorjTui.Core.Tests.Support;
using StorjTui.Core.Time;
using Step = StorjTui.Core.Flow.CreateAccessStep;

namespace StorjTui.Core.Tests.Flow;

/// <summary>Back keeps everything entered; Cancel throws the draft away, passphrase bytes included.</summary>
public class CreateAccessBackAndCancelTests
{
    private readonly FlowFixture _fixture = new();

    [Fact]
    public void Back_all_the_way_keeps_every_field()
    {
        var flow = _fixture.Create();
        flow.SetType(AccessType.AccessGrant);
        flow.SetName("backup");
        flow.Next();
        flow.SetPermissions(Permissions.Write);
        flow.SetBuckets(["photos", "", "photos", "backups"]);
        flow.SetEndDate(EndDatePreset.OneMonth);
        flow.Next();
        flow.ChoosePassphrase(PassphraseChoice.EnterNew);
        flow.Next();
        flow.SetNewPassphrase("typed words");
        flow.SetPassphraseConfirmation("typed words");
        flow.Next();

        Assert.Equal(Step.EnterPassphrase, flow.Back().To);
        Assert.True(flow.Draft.HasNewPassphrase);
        Assert.Equal(Step.AccessEncryption, flow.Back().To);
        Assert.Equal(PassphraseChoice.EnterNew, flow.Draft.PassphraseChoice);
        Assert.Equal(Step.Permissions, flow.Back().To);
        Assert.Equal(Step.TypeAndName, flow.Back().To);

        Assert.Equal(AccessType.AccessGrant, flow.Draft.Type);
        Assert.Equal("backup", flow.Draft.Name);
        Assert.Equal(Permissions.Write, flow.Draft.Permissions);
        Assert.Equal(["photos", "backups"], flow.Draft.Buckets);
        Assert.Equal(EndDatePreset.OneMonth, flow.Draft.EndDate.Preset);

        // And forward again without retyping anything.
        flow.Next();
        flow.Next();
        flow.Next();
        Assert.Equal(Step.ConfirmDetails, flow.Next().To);
    }

    [Theory]
    [InlineData(PassphraseChoice.UseCurrent, Step.AccessEncryption)]
    [InlineData(PassphraseChoice.EnterNew, Step.EnterPassphrase)]
    [InlineData(PassphraseChoice.GenerateNew, Step.ShowGeneratedPassphrase)]
    public void Back_from_confirm_details_returns_to_the_screen_the_user_came_from(PassphraseChoice choice, Step expected)
    {
        var flow = _fixture.AtEncryption();
        flow.ChoosePassphrase(choice);
        flow.Next();
        flow.SetNewPassphrase("typed words");
        flow.SetPassphraseConfirmation("typed words");
        flow.SetSavedPassphraseAcknowledged(true);
        if (flow.Step != Step.ConfirmDetails)
        {
            Assert.Equal(Step.ConfirmDetails, flow.Next().To);
        }

        var result = flow.Back();
        Assert.Equal((Step.ConfirmDetails, expected), (result.From, result.To));
    }

    [Fact]
    public void Going_back_to_the_generated_phrase_shows_the_same_words_and_keeps_the_tick()
    {
        var flow = _fixture.AtEncryption();
        flow.ChoosePassphrase(PassphraseChoice.GenerateNew);
        flow.Next();
        var words = flow.GeneratedPassphraseWords();
        flow.SetSavedPassphraseAcknowledged(true);
        flow.Back();
        flow.Next();
        Assert.Equal(words, flow.GeneratedPassphraseWords());
        Assert.True(flow.Draft.SavedPassphraseAcknowledged);
        Assert.Equal(1, _fixture.Generator.Calls);
    }

    [Theory]
    [InlineData(0, Step.TypeAndName)]
    [InlineData(1, Step.Permissions)]
    [InlineData(2, Step.AccessEncryption)]
    [InlineData(3, Step.ShowGeneratedPassphrase)]
    [InlineData(4, Step.ConfirmDetails)]
    public void Cancel_from_any_editing_step_discards_the_draft(int nexts, Step at)
    {
        var flow = _fixture.Create();
        flow.SetName("backup");
        for (var i = 0; i < nexts; i++)
        {
            if (flow.Step == Step.AccessEncryption)
            {
                flow.ChoosePassphrase(PassphraseChoice.GenerateNew);
            }

            flow.SetSavedPassphraseAcknowledged(true);
            Assert.True(flow.Next().Accepted);
        }

        Assert.Equal(at, flow.Step);
        Assert.True(flow.HasEnteredData);
        var result = flow.Cancel();
        Assert.Equal((at, Step.Cancelled), (result.From, result.To));
        Assert.All(_fixture.Generator.Issued, bytes => Assert.All(bytes, b => Assert.Equal(0, b)));
        Assert.False(flow.Draft.HasGeneratedPassphrase);
        Assert.Throws<InvalidOperationException>(() => flow.SetName("again"));
    }

    [Fact]
    public void Cancel_from_enter_passphrase_clears_the_typed_bytes()
    {
        var flow = _fixture.AtEncryption();
        flow.ChoosePassphrase(PassphraseChoice.EnterNew);
        flow.Next();
        flow.SetNewPassphrase("typed words");
        flow.SetPassphraseConfirmation("typed words");
        var typed = flow.Draft.NewPassphrase!;
        var confirmation = flow.Draft.NewPassphraseConfirmation!;
        Assert.Equal(Step.Cancelled, flow.Cancel().To);
        Assert.All(typed, b => Assert.Equal(0, b));
        Assert.All(confirmation, b => Assert.Equal(0, b));
        Assert.False(flow.Draft.HasNewPassphrase);
    }

    [Fact]
    public void Retyping_a_passphrase_clears_the_previous_bytes()
    {
        var flow = _fixture.AtEncryption();
        flow.ChoosePassphrase(PassphraseChoice.EnterNew);
        flow.Next();
        flow.SetNewPassphrase("first");
        var first = flow.Draft.NewPassphrase!;
        flow.SetNewPassphrase("second");
        Assert.All(first, b => Assert.Equal(0, b));
    }

    [Fact]
    public void Created_clears_the_passphrases()
    {
        var flow = _fixture.AtEncryption();
        flow.ChoosePassphrase(PassphraseChoice.GenerateNew);
        flow.Next();
        flow.SetSavedPassphraseAcknowledged(true);
        flow.Next();
        flow.Confirm();
        flow.Succeeded(new CreatedAccess { Type = AccessType.S3Credentials, Name = "backup", CreatedAt = FlowFixture.Start, Permissions = Permissions.All, Buckets = [] });
        Assert.All(_fixture.Generator.Issued[0], b => Assert.Equal(0, b));
        Assert.Empty(flow.GeneratedPassphraseWords());
    }

    [Fact]
    public void A_fresh_flow_has_nothing_to_lose()
    {
        Assert.False(_fixture.Create().HasEnteredData);
        Assert.False(_fixture.Create(type: AccessType.ApiKey).HasEnteredData);
    }

    [Fact]
    public void Draft_text_never_shows_passphrases()
    {
        var flow = _fixture.AtEncryption();
        flow.ChoosePassphrase(PassphraseChoice.EnterNew);
        flow.SetNewPassphrase("hunter2 hunter2");
        Assert.DoesNotContain("hunter2", flow.Draft.ToString(), StringComparison.Ordinal);
    }
}
