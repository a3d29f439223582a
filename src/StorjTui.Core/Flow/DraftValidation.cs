using StorjTui.Core.Access;

namespace StorjTui.Core.Flow;

/// <summary>Runs every rule over a whole draft at once, tagging each problem with the step that fixes it.</summary>
internal static class DraftValidation
{
    public static IReadOnlyList<DraftProblem> Validate(CreateAccessFlow flow)
    {
        var draft = flow.Draft;
        var current = flow.Setup.CurrentPassphrase;
        var problems = new List<DraftProblem>();
        void Add(CreateAccessStep step, IEnumerable<string> messages) => problems.AddRange(messages.Select(m => new DraftProblem(step, m)));

        Add(CreateAccessStep.TypeAndName, AccessRules.CheckType(draft.Type, current));
        Add(CreateAccessStep.TypeAndName, AccessRules.CheckName(draft.Name, flow.Setup.ExistingAccessNames));
        if (draft.FlowType == FlowType.Advanced)
        {
            Add(CreateAccessStep.Permissions, AccessRules.CheckPermissions(draft.Permissions, flow.Setup.SatelliteFeatures));
            Add(CreateAccessStep.Permissions, flow.CheckEndDateChoice());
        }

        if (!flow.AsksForEncryption)
        {
            return problems;
        }

        Add(CreateAccessStep.AccessEncryption, AccessRules.CheckChoice(draft.PassphraseChoice, current));
        if (draft.PassphraseChoice is PassphraseChoice.EnterNew or PassphraseChoice.SetMyProjectPassphrase)
        {
            Add(CreateAccessStep.EnterPassphrase, flow.CheckTypedPassphrase());
        }
        else if (draft.PassphraseChoice == PassphraseChoice.GenerateNew)
        {
            if (!draft.HasGeneratedPassphrase)
            {
                Add(CreateAccessStep.ShowGeneratedPassphrase, ["No passphrase was generated yet"]);
            }

            Add(CreateAccessStep.ShowGeneratedPassphrase, AccessRules.CheckAcknowledged(draft.SavedPassphraseAcknowledged));
        }

        return problems;
    }
}
