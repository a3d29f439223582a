using StorjTui.Core.Access;
using Step = StorjTui.Core.Flow.CreateAccessStep;
using Trigger = StorjTui.Core.Flow.CreateAccessTrigger;

namespace StorjTui.Core.Flow;

// The declaration of the create flow: every step, every transition, every guard, in one place.
public sealed partial class CreateAccessFlow
{
    private static readonly Step[] EditingSteps =
        [Step.TypeAndName, Step.Permissions, Step.AccessEncryption, Step.EnterPassphrase, Step.ShowGeneratedPassphrase, Step.ConfirmDetails];

    // The outcomes carry their data: entering Created or Failed takes it, so a refused outcome records nothing.
    private Stateless.StateMachine<Step, Trigger>.TriggerWithParameters<CreatedAccess> _succeeded = null!;
    private Stateless.StateMachine<Step, Trigger>.TriggerWithParameters<string> _failed = null!;

    private GuardedMachine<Step, Trigger> Declare()
    {
        var m = new GuardedMachine<Step, Trigger>(() => _step, s => _step = s);

        var nameValid = FlowGuard.Rule("name valid", () => AccessRules.CheckName(Draft.Name, Setup.ExistingAccessNames));
        var typeOffered = FlowGuard.Rule("type offered", () => AccessRules.CheckType(Draft.Type, Setup.CurrentPassphrase));
        var permission = FlowGuard.Rule("a permission", () => AccessRules.CheckPermissions(Draft.Permissions, Setup.SatelliteFeatures));
        var endDate = FlowGuard.Rule("end date valid", CheckEndDateChoice);
        var choiceOffered = FlowGuard.Rule("choice offered", () => AccessRules.CheckChoice(Draft.PassphraseChoice, Setup.CurrentPassphrase));
        var passphrase = FlowGuard.Rule("passphrase confirmed", CheckTypedPassphrase);
        var saved = FlowGuard.Rule("saved ticked", () => AccessRules.CheckAcknowledged(Draft.SavedPassphraseAcknowledged));
        var draftValid = FlowGuard.Rule("draft valid", () => ValidateDraft().Select(p => p.Message).ToList());

        var asks = FlowGuard.When("encryption asked", () => AsksForEncryption);
        var skips = FlowGuard.When("encryption skipped", () => !AsksForEncryption);
        var useCurrent = FlowGuard.When("current", () => AsksForEncryption && Draft.PassphraseChoice == PassphraseChoice.UseCurrent);
        // "Enter my project passphrase" types it on the same screen as a new one: typed twice, checked the same way.
        var enterNew = FlowGuard.When("enter new or my project passphrase", () => AsksForEncryption && Draft.PassphraseChoice is PassphraseChoice.EnterNew or PassphraseChoice.SetMyProjectPassphrase);
        var generate = FlowGuard.When("generate", () => AsksForEncryption && Draft.PassphraseChoice == PassphraseChoice.GenerateNew);

        // Full access (the console's Choose Flow choice, on the Type and Name screen) skips the Permissions screen.
        var advanced = FlowGuard.When("advanced", () => Draft.FlowType == FlowType.Advanced);
        var fullAsks = FlowGuard.When("full access, encryption asked", () => Draft.FlowType == FlowType.FullAccess && AsksForEncryption);
        var fullSkips = FlowGuard.When("full access, encryption skipped", () => Draft.FlowType == FlowType.FullAccess && !AsksForEncryption);
        var advancedSkips = FlowGuard.When("advanced, encryption skipped", () => Draft.FlowType == FlowType.Advanced && !AsksForEncryption);

        m.Permit(Step.TypeAndName, Trigger.Next, Step.Permissions, nameValid, typeOffered, advanced);
        m.Permit(Step.TypeAndName, Trigger.Next, Step.AccessEncryption, nameValid, typeOffered, fullAsks);
        m.Permit(Step.TypeAndName, Trigger.Next, Step.ConfirmDetails, nameValid, typeOffered, fullSkips);

        m.Permit(Step.Permissions, Trigger.Next, Step.AccessEncryption, permission, endDate, asks);
        m.Permit(Step.Permissions, Trigger.Next, Step.ConfirmDetails, permission, endDate, skips);
        m.Permit(Step.Permissions, Trigger.Back, Step.TypeAndName);

        m.Permit(Step.AccessEncryption, Trigger.Next, Step.ConfirmDetails, choiceOffered, useCurrent);
        m.Permit(Step.AccessEncryption, Trigger.Next, Step.EnterPassphrase, choiceOffered, enterNew);
        m.Permit(Step.AccessEncryption, Trigger.Next, Step.ShowGeneratedPassphrase, choiceOffered, generate);
        m.Permit(Step.AccessEncryption, Trigger.Back, Step.Permissions, advanced);
        m.Permit(Step.AccessEncryption, Trigger.Back, Step.TypeAndName, FlowGuard.When("full access", () => Draft.FlowType == FlowType.FullAccess));

        m.Permit(Step.EnterPassphrase, Trigger.Next, Step.ConfirmDetails, passphrase);
        m.Permit(Step.EnterPassphrase, Trigger.Back, Step.AccessEncryption);

        m.Permit(Step.ShowGeneratedPassphrase, Trigger.Next, Step.ConfirmDetails, saved);
        m.Permit(Step.ShowGeneratedPassphrase, Trigger.Back, Step.AccessEncryption);

        // Back from the pop-up returns to the screen the user came from, which the draft determines.
        m.Permit(Step.ConfirmDetails, Trigger.Confirm, Step.Creating, draftValid);
        m.Permit(Step.ConfirmDetails, Trigger.Back, Step.Permissions, advancedSkips);
        m.Permit(Step.ConfirmDetails, Trigger.Back, Step.TypeAndName, fullSkips);
        m.Permit(Step.ConfirmDetails, Trigger.Back, Step.AccessEncryption, useCurrent);
        m.Permit(Step.ConfirmDetails, Trigger.Back, Step.EnterPassphrase, enterNew);
        m.Permit(Step.ConfirmDetails, Trigger.Back, Step.ShowGeneratedPassphrase, generate);

        m.Permit(Step.Creating, Trigger.CreationSucceeded, Step.Created);
        m.Permit(Step.Creating, Trigger.CreationFailed, Step.Failed);

        m.Permit(Step.Failed, Trigger.Retry, Step.Creating, draftValid);
        m.Permit(Step.Failed, Trigger.Back, Step.ConfirmDetails);

        foreach (var step in EditingSteps.Append(Step.Failed))
        {
            m.Permit(step, Trigger.Cancel, Step.Cancelled);
        }

        _succeeded = m.Machine.SetTriggerParameters<CreatedAccess>(Trigger.CreationSucceeded);
        _failed = m.Machine.SetTriggerParameters<string>(Trigger.CreationFailed);
        m.Machine.Configure(Step.Created).OnEntryFrom(_succeeded, created => { Created = created; FailureMessage = null; }, "keep the created access");
        m.Machine.Configure(Step.Failed).OnEntryFrom(_failed, message => FailureMessage = message, "keep the failure");
        m.Machine.Configure(Step.ShowGeneratedPassphrase).OnEntry(EnsureGeneratedPassphrase, "generate once");
        m.Machine.Configure(Step.Created).OnEntry(() => Finish(Step.Created), "clear secrets");
        m.Machine.Configure(Step.Cancelled).OnEntry(() => Finish(Step.Cancelled), "discard draft");
        return m;
    }
}
