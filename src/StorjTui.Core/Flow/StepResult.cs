namespace StorjTui.Core.Flow;

/// <summary>
/// What firing a trigger did: the flow moved from <see cref="From"/> to <see cref="To"/>, or it refused and
/// stayed, with <see cref="Problems"/> saying why in words fit to show (the guards' messages).
/// </summary>
public sealed record StepResult<TStep>(TStep From, TStep To, IReadOnlyList<string> Problems)
    where TStep : struct, Enum
{
    /// <summary>True when the flow moved.</summary>
    public bool Accepted => Problems.Count == 0;

    internal static StepResult<TStep> Moved(TStep from, TStep to) => new(from, to, []);

    internal static StepResult<TStep> Refused(TStep at, IReadOnlyList<string> problems) => new(at, at, problems);
}
