using System.Text;
using StorjTui.Core.Access;
using StorjTui.Core.Time;

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
        || Draft.EndDate.Kind != EndDateKind.None || Draft.HasNewPassphrase || Draft.HasGeneratedPassphrase
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
        if (_step != CreateAccessStep.Creating)
        {
            return Fire(CreateAccessTrigger.CreationSucceeded);
        }

        Created = created;
        FailureMessage = null;
        return Fire(CreateAccessTrigger.CreationSucceeded);
    }

    /// <param name="message">What went wrong, fit to show (e.g. a <see cref="StorjConnectionException"/> message).</param>
    public StepResult<CreateAccessStep> Failed(string message)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(message);
        if (_step == CreateAccessStep.Creating)
        {
            FailureMessage = message;
        }

        return Fire(CreateAccessTrigger.CreationFailed);
    }

    public StepResult<CreateAccessStep> Fire(CreateAccessTrigger trigger) => _machine.Fire(trigger);

    /// <summary>What would refuse <paramref name="trigger"/> now (live hints for the screen); empty when it would move.</summary>
    public IReadOnlyList<string> Check(CreateAccessTrigger trigger) => _machine.Check(trigger);

    public void SetType(AccessType type) => Edit(() => Draft.Type = type);

    public void SetName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        Edit(() => Draft.Name = name);
    }

    public void SetPermissions(Permissions permissions) => Edit(() => Draft.Permissions = permissions & Permissions.All);

    /// <summary>Chooses buckets (blank names and repeats dropped, order kept); none means all buckets.</summary>
    public void SetBuckets(IEnumerable<string> buckets)
    {
        ArgumentNullException.ThrowIfNull(buckets);
        Edit(() => Draft.Buckets = buckets.Where(b => !string.IsNullOrWhiteSpace(b)).Distinct(StringComparer.Ordinal).ToList());
    }

    public void SetEndDate(EndDate endDate)
    {
        ArgumentNullException.ThrowIfNull(endDate);
        Edit(() => Draft.EndDate = endDate);
    }

    /// <summary>Sets the end date from the app's time syntax; returns the problem (and keeps the old date) when it cannot be read.</summary>
    public string? SetEndDate(string text)
    {
        try
        {
            SetEndDate(new TimeSyntax(_services.Clock, _services.LocalZone).ParseEndDate(text));
            return null;
        }
        catch (InvalidTimeException e)
        {
            return e.Message;
        }
    }

    public void SetEndDate(EndDatePreset preset) => SetEndDate(EndDate.FromPreset(preset, _services.Clock, _services.LocalZone));

    /// <summary>Picks an Access encryption choice; returns the problem (and keeps the old one) when it is not offered.</summary>
    public string? ChoosePassphrase(PassphraseChoice choice)
    {
        var problems = AccessRules.CheckChoice(choice, Setup.CurrentPassphrase);
        if (problems.Count > 0)
        {
            return problems[0];
        }

        Edit(() => Draft.PassphraseChoice = choice);
        return null;
    }

    public void SetNewPassphrase(ReadOnlySpan<char> passphrase) => Draft.NewPassphrase = Replace(Draft.NewPassphrase, passphrase);

    public void SetPassphraseConfirmation(ReadOnlySpan<char> confirmation) =>
        Draft.NewPassphraseConfirmation = Replace(Draft.NewPassphraseConfirmation, confirmation);

    /// <summary>The plugged-in check's non-blocking findings about the typed passphrase, to show as warnings.</summary>
    public IReadOnlyList<PassphraseNotice> PassphraseWarnings =>
        _services.PassphraseCheck is { } check && Draft.NewPassphrase is { Length: > 0 } p
            ? check.Check(p).Where(f => !f.BlocksNext).ToList()
            : [];

    public void SetSavedPassphraseAcknowledged(bool saved) => Edit(() => Draft.SavedPassphraseAcknowledged = saved);

    /// <summary>Makes the 12 words if there are none yet (entering the generated-passphrase step does this).</summary>
    public void EnsureGeneratedPassphrase() => Edit(() => Draft.GeneratedPassphrase ??= _services.GeneratePassphrase());

    /// <summary>Replaces the 12 words; the user must confirm saving the new ones.</summary>
    public void RegeneratePassphrase() => Edit(() =>
    {
        AccessDraft.Clear(Draft.GeneratedPassphrase);
        Draft.GeneratedPassphrase = _services.GeneratePassphrase();
        Draft.SavedPassphraseAcknowledged = false;
    });

    /// <summary>The generated words for display (a secret: show it, never log it); empty when none was generated.</summary>
    public IReadOnlyList<string> GeneratedPassphraseWords() =>
        Draft.GeneratedPassphrase is { } words
            ? Encoding.UTF8.GetString(words).Split(' ', StringSplitOptions.RemoveEmptyEntries)
            : [];

    /// <summary>A copy of the generated passphrase for Copy/Download; the caller clears it after use.</summary>
    public byte[]? CopyGeneratedPassphrase() => Draft.GeneratedPassphrase?.ToArray();

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

        var choice = AsksForEncryption ? Draft.PassphraseChoice : PassphraseChoice.UseCurrent;
        var passphrase = choice switch
        {
            PassphraseChoice.EnterNew => Draft.NewPassphrase!.ToArray(),
            PassphraseChoice.GenerateNew => Draft.GeneratedPassphrase!.ToArray(),
            _ => null,
        };
        return new AccessRequest(Draft.Type, Draft.Name, Draft.Permissions, Draft.Buckets.ToList(), Draft.EndDate.Value, choice, passphrase);
    }

    /// <summary>Clears every passphrase byte (also done on Created and Cancel).</summary>
    /// <summary>The declared machine, for the diagrams.</summary>
    internal Stateless.Reflection.StateMachineInfo Info => _machine.Machine.GetInfo();

    /// <summary>The underlying machine, so tests can record every transition taken.</summary>
    internal Stateless.StateMachine<CreateAccessStep, CreateAccessTrigger> Machine => _machine.Machine;

    public void Dispose() => Draft.ClearSecrets();

    internal IReadOnlyList<string> CheckTypedPassphrase() =>
        AccessRules.CheckNewPassphrase(Draft.NewPassphrase, Draft.NewPassphraseConfirmation, _services.PassphraseCheck);

    internal DateTimeOffset Now => _services.Clock.GetUtcNow();

    private void Edit(Action change)
    {
        EnsureEditable();
        change();
    }

    private void EnsureEditable()
    {
        // After Confirm the request is fixed; an edit then is a screen bug, not a user mistake.
        if (_step is CreateAccessStep.Creating or CreateAccessStep.Created or CreateAccessStep.Cancelled)
        {
            throw new InvalidOperationException($"The draft cannot change in step {_step}.");
        }
    }

    private byte[] Replace(byte[]? old, ReadOnlySpan<char> text)
    {
        EnsureEditable();
        AccessDraft.Clear(old);
        var fresh = new byte[Encoding.UTF8.GetByteCount(text)];
        Encoding.UTF8.GetBytes(text, fresh);
        return fresh;
    }

    private void Finish(CreateAccessStep end)
    {
        Draft.ClearSecrets();
        _finished?.Invoke(end);
    }
}
