using System.Text;
using StorjTui.Core.Access;
using StorjTui.Core.Time;

using StorjTui.Core.Input;

namespace StorjTui.Core.Flow;

// The edits a screen makes to the draft. Any editing step may make them (each screen edits its own fields;
// Back keeps them all); once Confirm fixed the request they throw, since that is a screen bug.
public sealed partial class CreateAccessFlow
{
    public void SetType(AccessType type) => Edit(() => Draft.Type = type);

    public void SetName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        Edit(() => Draft.Name = name);
    }

    /// <summary>Full access or Advanced (the console's Choose Flow step).</summary>
    public void SetFlowType(FlowType flowType) => Edit(() => Draft.FlowType = flowType);

    /// <summary>The Advanced boxes; a box the satellite does not offer is refused by <see cref="AccessRules.CheckPermissions"/>.</summary>
    public void SetPermissions(Permissions permissions) => Edit(() => Draft.Permissions = permissions);

    /// <summary>Chooses buckets (blank names and repeats dropped, order kept); none means all buckets.</summary>
    public void SetBuckets(IEnumerable<string> buckets)
    {
        ArgumentNullException.ThrowIfNull(buckets);
        Edit(() => Draft.Buckets = buckets.Where(b => !string.IsNullOrWhiteSpace(b)).Distinct(StringComparer.Ordinal).ToList());
    }

    public void SetEndDate(EndDate endDate)
    {
        ArgumentNullException.ThrowIfNull(endDate);
        Edit(() =>
        {
            Draft.EndDate = endDate;
            Draft.EndDateText = null;
        });
    }

    /// <summary>
    /// Sets the end date from the app's time syntax. The draft keeps the text as typed; when it is empty or
    /// cannot be read, this returns the problem and the flow's guards refuse to move on until it is fixed.
    /// </summary>
    public string? SetEndDate(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        Edit(() => Draft.EndDateText = text);
        var problems = AccessRules.CheckEndDateText(text, TimeSyntax);
        if (problems.Count > 0)
        {
            return problems[0];
        }

        Draft.EndDate = TimeSyntax.ParseEndDate(text);
        return null;
    }

    /// <summary>The date picker's choice: the access ends at 23:59:59 local time that day.</summary>
    public void SetEndDate(DateOnly day) => SetEndDate(EndDate.OnDate(day, _services.LocalZone));

    /// <summary>What is wrong with ending the access on <paramref name="day"/> (a calendar's pick), by the end-date rule; null when nothing.</summary>
    public string? CheckEndDate(DateOnly day)
    {
        // Read like the same day typed into the date field, so the calendar and the field say the same thing.
        try
        {
            EndDate end = new TimeSyntax(_services.Clock, _services.LocalZone).ParseEndDate(day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            return AccessRules.CheckEndDate(end, _services.Clock.GetUtcNow()) is [var problem, ..] ? problem : null;
        }
        catch (InvalidTimeException e)
        {
            return e.Message;
        }
    }

    /// <summary>Today in the user's time zone, by the flow's clock (where a date picker starts).</summary>
    public DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(_services.Clock.GetUtcNow(), _services.LocalZone).DateTime);

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

    /// <summary>The generated passphrase was copied or downloaded: the result screen will not count it unsaved.</summary>
    public void MarkGeneratedPassphraseSaved() => Edit(() => Draft.GeneratedPassphraseSaved = Draft.HasGeneratedPassphrase);

    /// <summary>The generated words for display (a secret: show it, never log it); empty when none was generated.</summary>
    public IReadOnlyList<string> GeneratedPassphraseWords() =>
        Draft.GeneratedPassphrase is { } words
            ? Encoding.UTF8.GetString(words).Split(' ', StringSplitOptions.RemoveEmptyEntries)
            : [];

    /// <summary>A copy of the generated passphrase for Copy/Download; the caller clears it after use.</summary>
    public byte[]? CopyGeneratedPassphrase() => Draft.GeneratedPassphrase?.ToArray();

    private TimeSyntax TimeSyntax => new(_services.Clock, _services.LocalZone);

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
        SecretBuffer.Clear(old);
        var fresh = new byte[Encoding.UTF8.GetByteCount(text)];
        Encoding.UTF8.GetBytes(text, fresh);
        return fresh;
    }
}
