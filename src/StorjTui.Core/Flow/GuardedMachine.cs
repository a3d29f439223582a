using Stateless;

namespace StorjTui.Core.Flow;

/// <summary>
/// A Stateless machine whose guards carry their messages: firing never throws for a refused trigger but
/// returns the problems of the rules that failed, so a screen can show them next to the field.
/// </summary>
internal sealed class GuardedMachine<TStep, TTrigger>
    where TStep : struct, Enum
    where TTrigger : struct, Enum
{
    private readonly Dictionary<(TStep, TTrigger), List<FlowGuard[]>> _guards = [];
    private readonly Func<TStep> _read;

    public GuardedMachine(Func<TStep> read, Action<TStep> write)
    {
        _read = read;
        // Immediate: Fire returns once the move and its entry actions are done, so the step read after it is the one reached.
        Machine = new StateMachine<TStep, TTrigger>(read, write, FiringMode.Immediate);
    }

    public StateMachine<TStep, TTrigger> Machine { get; }

    /// <summary>Declares <paramref name="from"/> --trigger--> <paramref name="to"/>, allowed when every guard holds.</summary>
    public void Permit(TStep from, TTrigger trigger, TStep to, params FlowGuard[] guards)
    {
        var configuration = Machine.Configure(from);
        if (guards.Length == 0)
        {
            configuration.Permit(trigger, to);
        }
        else
        {
            configuration.PermitIf(trigger, to, guards.Select(g => Tuple.Create<Func<bool>, string>(g.Holds, g.Label)).ToArray());
        }

        if (!_guards.TryGetValue((from, trigger), out var list))
        {
            _guards[(from, trigger)] = list = [];
        }

        list.Add(guards);
    }

    /// <summary>Why <paramref name="trigger"/> would be refused now; empty when it would move.</summary>
    public IReadOnlyList<string> Check(TTrigger trigger)
    {
        if (Machine.CanFire(trigger))
        {
            return [];
        }

        var problems = ProblemsOf(trigger);
        return problems.Count > 0 ? problems : [$"{Spaced(trigger)} is not available on this step"];
    }

    public StepResult<TStep> Fire(TTrigger trigger) => Fire(trigger, () => Machine.Fire(trigger));

    /// <summary>
    /// Fires a trigger that carries its data (an outcome): the step it enters takes the data (<c>OnEntryFrom</c>), so
    /// nothing is recorded before the move, and a refused trigger leaves nothing to roll back.
    /// </summary>
    public StepResult<TStep> Fire<TArg>(StateMachine<TStep, TTrigger>.TriggerWithParameters<TArg> trigger, TArg argument) =>
        Fire(trigger.Trigger, () => Machine.Fire(trigger, argument));

    private StepResult<TStep> Fire(TTrigger trigger, Action fire)
    {
        var from = _read();
        var problems = Check(trigger);
        if (problems.Count > 0)
        {
            return StepResult<TStep>.Refused(from, problems);
        }

        fire();
        return StepResult<TStep>.Moved(from, _read());
    }

    // The rules of the branch whose conditions hold speak; a branch not taken has nothing to report. When no
    // branch fits (e.g. no projects at all), every branch's rules speak, so the refusal still says why.
    private List<string> ProblemsOf(TTrigger trigger)
    {
        if (!_guards.TryGetValue((_read(), trigger), out var transitions))
        {
            return [];
        }

        var fitting = transitions.Where(guards => guards.Where(g => g.IsCondition).All(g => g.Holds())).ToList();
        return (fitting.Count > 0 ? fitting : transitions)
            .SelectMany(guards => guards.Where(g => !g.IsCondition).SelectMany(g => g.Problems()))
            .Distinct(StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>"CreationFailed" → "Creation failed", for the rare message about a trigger itself.</summary>
    private static string Spaced(TTrigger trigger)
    {
        var name = trigger.ToString();
        var words = string.Concat(name.Select((c, i) => i > 0 && char.IsUpper(c) ? " " + char.ToLowerInvariant(c) : c.ToString()));
        return words;
    }
}
