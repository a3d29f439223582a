namespace StorjTui.Core.Flow;

/// <summary>What a screen (or the effect runner) can ask of the create flow.</summary>
public enum CreateAccessTrigger
{
    Next,
    Back,
    Cancel,
    Confirm,
    CreationSucceeded,
    CreationFailed,
    Retry,
}
