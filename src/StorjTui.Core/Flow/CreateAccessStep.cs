namespace StorjTui.Core.Flow;

/// <summary>The steps of Create Access, in the seed's order; each is one screen.</summary>
public enum CreateAccessStep
{
    /// <summary>Type (S3 Credentials preselected) and Name.</summary>
    TypeAndName,
    /// <summary>Permissions, buckets and end date.</summary>
    Permissions,
    /// <summary>Access encryption: use the current passphrase, or Advanced: enter new / generate.</summary>
    AccessEncryption,
    /// <summary>Type a new passphrase and its confirmation.</summary>
    EnterPassphrase,
    /// <summary>The generated 12 words, with "I saved my encryption passphrase".</summary>
    ShowGeneratedPassphrase,
    /// <summary>The "Confirm details" pop-up.</summary>
    ConfirmDetails,
    /// <summary>Creating the key, deriving the encryption key, registering (effects run outside the flow).</summary>
    Creating,
    /// <summary>Done; <see cref="CreateAccessFlow.Created"/> holds the result.</summary>
    Created,
    /// <summary>Creation failed; <see cref="CreateAccessFlow.FailureMessage"/> says why. Retry or go Back.</summary>
    Failed,
    /// <summary>The user cancelled; the draft was discarded.</summary>
    Cancelled,
}
