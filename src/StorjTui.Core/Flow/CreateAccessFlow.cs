using StorjTui.Core.Access;
using StorjTui.Core.Time;

using StorjTui.Core.Input;

namespace StorjTui.Core.Flow;

/// <summary>
/// The console's Create Access flow as a declared state machine (see <c>CreateAccessFlow.Machine.cs</c>).
/// Screens render <see cref="Step"/> and <see cref="Draft"/>, edit the draft through the Set… methods, and fire
/// <see cref="Next"/>, <see cref="Back"/>, <see cref="Cancel"/>, <see cref="Confirm"/>; each returns a
/// <see cref="StepResult{TStep}"/> that says whether the flow moved or which rule refused. Once in
/// <see cref="CreateAccessStep.Creating"/>, the caller runs <see cref="BuildRequest"/> through the connection and
/// reports back with <see cref="Succeeded"/> or <see cref="Failed"/>. Nothing here touches a terminal or the network.
/// </summary>
public sealed partial class CreateAccessFlow : IDisposable
{
    private readonly FlowServices _services;
    private readonly GuardedMachine<CreateAccessStep, CreateAccessTrigger> _machine;
    private readonly Action<CreateAccessStep>? _finished;
    private CreateAccessStep _step = CreateAccessStep.TypeAndName;

    public CreateAccessFlow(CreateAccessSetup setup, FlowServices services)
        : this(setup, services, null)
    {
    }

    /// <param name="finished">Told when the flow ends (Created or Cancelled): the navigation moves on then.</param>
    internal CreateAccessFlow(CreateAccessSetup setup, FlowServices services, Action<CreateAccessStep>? finished)
    {
        ArgumentNullException.ThrowIfNull(setup);
        ArgumentNullException.ThrowIfNull(services);
        Setup = setup;
        _services = services;
        _finished = finished;
        Draft.Type = setup.InitialType;
        Draft.PassphraseChoice = OfferedPassphraseChoices[0];
        _machine = Declare();
    }

    public CreateAccessStep Step => _step;

    public CreateAccessSetup Setup { get; }

    public AccessDraft Draft { get; } = new();

    /// <summary>The access created, once <see cref="Step"/> is <see cref="CreateAccessStep.Created"/>.</summary>
    public CreatedAccess? Created { get; private set; }

    /// <summary>Why the last attempt failed, in <see cref="CreateAccessStep.Failed"/>.</summary>
    public string? FailureMessage { get; private set; }

    /// <summary>The types the Type chooser lists (API Key is hidden when the satellite manages the passphrase).</summary>
    public IReadOnlyList<AccessType> OfferedTypes =>
        Enum.GetValues<AccessType>().Where(t => AccessRules.CheckType(t, Setup.CurrentPassphrase).Count == 0).ToList();

    /// <summary>The Access encryption choices, in order; the first is the default.</summary>
    public IReadOnlyList<PassphraseChoice> OfferedPassphraseChoices => AccessRules.OfferedChoices(Setup.CurrentPassphrase);

    /// <summary>False for API keys and managed-passphrase projects: no encryption step.</summary>
    public bool AsksForEncryption =>
        Draft.Type != AccessType.ApiKey && Setup.CurrentPassphrase != CurrentPassphrase.ManagedBySatellite;

    public bool CanGoBack => _machine.Machine.CanFire(CreateAccessTrigger.Back);

    /// <summary>True when Cancel would throw away something the user entered (the screen asks first).</summary>
    public bool HasEnteredData =>
        Draft.Name.Length > 0 || Draft.Permissions != Permissions.All || !Draft.AllBuckets
        || Draft.EndDate.Kind != EndDateKind.None || Draft.EndDateText is not null || Draft.HasNewPassphrase || Draft.HasGeneratedPassphrase
        || Draft.Type != Setup.InitialType;

    public StepResult<CreateAccessStep> Next() => Fire(CreateAccessTrigger.Next);

    /// <summary>Goes back one screen; everything entered is kept.</summary>
    public StepResult<CreateAccessStep> Back() => Fire(CreateAccessTrigger.Back);

    /// <summary>Leaves the flow and discards the draft, passphrases included.</summary>
    public StepResult<CreateAccessStep> Cancel() => Fire(CreateAccessTrigger.Cancel);

    /// <summary>Confirm in the "Confirm details" pop-up: re-checks the whole draft, then moves to Creating.</summary>
    public StepResult<CreateAccessStep> Confirm() => Fire(CreateAccessTrigger.Confirm);

    public StepResult<CreateAccessStep> Retry() => Fire(CreateAccessTrigger.Retry);

    public StepResult<CreateAccessStep> Succeeded(CreatedAccess created)
    {
        ArgumentNullException.ThrowIfNull(created);
        return Reported(_machine.Fire(_succeeded, created));
    }

    /// <param name="message">What went wrong, fit to show (e.g. a <see cref="StorjConnectionException"/> message).</param>
    public StepResult<CreateAccessStep> Failed(string message)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(message);
        return _machine.Fire(_failed, message);
    }

    /// <summary>Fires a screen trigger (Next, Back, Cancel, Confirm, Retry) by value, e.g. from a key map.</summary>
    /// <exception cref="ArgumentException">An outcome trigger: report outcomes with <see cref="Succeeded"/> or <see cref="Failed"/>, which carry their data.</exception>
    public StepResult<CreateAccessStep> Fire(CreateAccessTrigger trigger) =>
        trigger is CreateAccessTrigger.CreationSucceeded or CreateAccessTrigger.CreationFailed
            ? throw new ArgumentException($"Report {trigger} with Succeeded or Failed, which carry the result.", nameof(trigger))
            : Reported(_machine.Fire(trigger));

    // The flow tells its owner how it ended once its own move is complete, not from inside the entry action of its end step.
    private StepResult<CreateAccessStep> Reported(StepResult<CreateAccessStep> result)
    {
        if (result.Accepted && _step is CreateAccessStep.Created or CreateAccessStep.Cancelled)
        {
            _finished?.Invoke(_step);
        }

        return result;
    }

    public IReadOnlyList<DetailRow> ConfirmDetails => ConfirmDetailRows.For(Draft);

    /// <summary>Every rule the draft breaks, across all steps — the command line's whole-draft check.</summary>
    public IReadOnlyList<DraftProblem> ValidateDraft() => DraftValidation.Validate(this);

    /// <summary>
    /// The request to hand to <see cref="IStorjConnection.CreateAccessAsync"/>: the one place a draft becomes a
    /// request. Its passphrase is a copy the caller clears after use.
    /// </summary>
    /// <exception cref="InvalidAccessDraftException">The draft breaks a rule.</exception>
    public AccessRequest BuildRequest()
    {
        var problems = ValidateDraft();
        if (problems.Count > 0)
        {
            throw new InvalidAccessDraftException(problems);
        }

        // The project passphrase typed here derives the key exactly as a new passphrase does.
        var choice = !AsksForEncryption ? PassphraseChoice.UseCurrent
            : Draft.PassphraseChoice == PassphraseChoice.SetMyProjectPassphrase ? PassphraseChoice.EnterNew
            : Draft.PassphraseChoice;
        var passphrase = choice switch
        {
            PassphraseChoice.EnterNew => Draft.NewPassphrase!.ToArray(),
            PassphraseChoice.GenerateNew => Draft.GeneratedPassphrase!.ToArray(),
            _ => null,
        };
        // Full access is the console's setFullAccess: its own permissions, every bucket, no end date.
        var request = Draft.FlowType == FlowType.FullAccess
            ? new AccessRequest(Draft.Type, Draft.Name, Setup.SatelliteFeatures.FullAccess, [], null, choice, passphrase)
            : new AccessRequest(Draft.Type, Draft.Name, Draft.Permissions, Draft.Buckets.ToList(), Draft.EndDate.Value, choice, passphrase);
        return request with { KeepAsProjectPassphrase = KeepsProjectPassphrase };
    }

    /// <summary>Clears every passphrase byte (also done on Created and Cancel).</summary>
    /// <summary>The declared machine, for the diagrams.</summary>
    internal Stateless.Reflection.StateMachineInfo Info => _machine.Machine.GetInfo();

    /// <summary>The underlying machine, so tests can record every transition taken.</summary>
    internal Stateless.StateMachine<CreateAccessStep, CreateAccessTrigger> Machine => _machine.Machine;

    public void Dispose()
    {
        Draft.ClearSecrets();
        _createdPassphrase?.Dispose();
        _createdPassphrase = null;
        SecretBuffer.Clear(TakeProjectPassphrase());
    }

    internal IReadOnlyList<string> CheckTypedPassphrase() =>
        AccessRules.CheckNewPassphrase(Draft.NewPassphrase, Draft.NewPassphraseConfirmation, _services.PassphraseCheck);

    /// <summary>Typed text that cannot be read is the problem; only a readable end date is judged for being ahead.</summary>
    internal IReadOnlyList<string> CheckEndDateChoice()
    {
        var unreadable = AccessRules.CheckEndDateText(Draft.EndDateText, TimeSyntax);
        return unreadable.Count > 0
            ? unreadable
            : [.. AccessRules.CheckEndDate(Draft.EndDate, Now), .. AccessRules.CheckLifetime(Draft.Type, Draft.EndDate, Now)];
    }

    internal DateTimeOffset Now => _services.Clock.GetUtcNow();

    /// <summary>
    /// The passphrase generated for the access just created, for the result screen (null when none was generated);
    /// whoever takes it with <see cref="TakeCreatedPassphrase"/> disposes it.
    /// </summary>
    private CreatedPassphrase? _createdPassphrase;

    /// <summary>Hands the generated passphrase of the created access over (once); null when none was generated.</summary>
    public CreatedPassphrase? TakeCreatedPassphrase()
    {
        var taken = _createdPassphrase;
        _createdPassphrase = null;
        return taken;
    }

    private void Finish(CreateAccessStep end)
    {
        if (end == CreateAccessStep.Created && AsksForEncryption && Draft.PassphraseChoice == PassphraseChoice.GenerateNew && Draft.GeneratedPassphrase is { } generated)
        {
            _createdPassphrase = new CreatedPassphrase(generated.ToArray(), Draft.GeneratedPassphraseSaved);
        }

        KeepProjectPassphrase(end);

        Draft.ClearSecrets();
    }
}
