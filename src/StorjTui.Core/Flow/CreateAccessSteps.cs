namespace StorjTui.Core.Flow;

/// <summary>
/// The create flow's stepper, as the Storj console shows one ("Step 3 of 6"): the steps of
/// <see cref="CreateAccessStep"/> up to <see cref="CreateAccessStep.Creating"/>, in their order, where entering a
/// new passphrase and showing a generated one are the same step (the user takes one or the other).
/// </summary>
public static class CreateAccessSteps
{
    private static readonly CreateAccessStep[] Numbered = Enum.GetValues<CreateAccessStep>()
        .Where(step => step <= CreateAccessStep.Creating && step != CreateAccessStep.ShowGeneratedPassphrase)
        .ToArray();

    /// <summary>How many steps the stepper counts.</summary>
    public static int Count => Numbered.Length;

    /// <summary>The step's number (from 1) and the count; null for the outcomes (created, failed, cancelled).</summary>
    public static (int Number, int Count)? Position(CreateAccessStep step)
    {
        CreateAccessStep numbered = step == CreateAccessStep.ShowGeneratedPassphrase ? CreateAccessStep.EnterPassphrase : step;
        int index = Array.IndexOf(Numbered, numbered);
        return index < 0 ? null : (index + 1, Count);
    }
}
