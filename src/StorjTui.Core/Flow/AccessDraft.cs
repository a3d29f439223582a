using StorjTui.Core.Access;
using StorjTui.Core.Time;

using StorjTui.Core.Input;

namespace StorjTui.Core.Flow;

/// <summary>
/// Everything the user entered in the create flow, as plain data the screens read. Edits go through
/// <see cref="CreateAccessFlow"/> so the rules see them. Passphrase bytes live here in arrays that are cleared
/// when the draft is discarded or the access was created; they never appear in <see cref="ToString"/>.
/// </summary>
public sealed class AccessDraft
{
    public AccessType Type { get; internal set; } = AccessType.S3Credentials;

    public string Name { get; internal set; } = "";

    /// <summary>Full access or Advanced; with Full access the permissions, buckets and end date below are not used.</summary>
    public FlowType FlowType { get; internal set; } = FlowType.Advanced;

    /// <summary>The Advanced choice: Read, Write, List and Delete by default, as in the console.</summary>
    public Permissions Permissions { get; internal set; } = Permissions.All;

    /// <summary>The chosen buckets; empty means all buckets.</summary>
    public IReadOnlyList<string> Buckets { get; internal set; } = [];

    public bool AllBuckets => Buckets.Count == 0;

    public EndDate EndDate { get; internal set; } = EndDate.None;

    /// <summary>
    /// The end date exactly as the user typed it, when they typed one (null after choosing none, a preset or a
    /// calendar day). While it is empty or unreadable, <see cref="EndDate"/> still holds the last readable choice
    /// and the flow refuses to move on, so a typo can never turn into another end date.
    /// </summary>
    public string? EndDateText { get; internal set; }

    public PassphraseChoice PassphraseChoice { get; internal set; } = PassphraseChoice.UseCurrent;

    /// <summary>True once the user ticked "I saved my encryption passphrase" for the generated phrase.</summary>
    public bool SavedPassphraseAcknowledged { get; internal set; }

    /// <summary>True when a new passphrase was typed (its length is not revealed).</summary>
    public bool HasNewPassphrase => NewPassphrase is { Length: > 0 };

    public bool HasGeneratedPassphrase => GeneratedPassphrase is { Length: > 0 };

    /// <summary>True once the generated passphrase was copied or downloaded (ticking "I saved" alone does not count).</summary>
    public bool GeneratedPassphraseSaved { get; internal set; }

    internal byte[]? NewPassphrase { get; set; }

    internal byte[]? NewPassphraseConfirmation { get; set; }

    internal byte[]? GeneratedPassphrase { get; set; }

    /// <summary>Overwrites and forgets every passphrase byte the draft holds.</summary>
    internal void ClearSecrets()
    {
        SecretBuffer.Clear(NewPassphrase);
        SecretBuffer.Clear(NewPassphraseConfirmation);
        SecretBuffer.Clear(GeneratedPassphrase);
        NewPassphrase = NewPassphraseConfirmation = GeneratedPassphrase = null;
        SavedPassphraseAcknowledged = false;
        GeneratedPassphraseSaved = false;
    }


    public override string ToString() =>
        $"AccessDraft {{ Type = {Type}, Name = {Name}, FlowType = {FlowType}, Permissions = {Permissions}, Buckets = {Buckets.Count}, EndDate = {EndDate}, PassphraseChoice = {PassphraseChoice} }}";
}
