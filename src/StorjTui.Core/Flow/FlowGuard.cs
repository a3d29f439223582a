namespace StorjTui.Core.Flow;

/// <summary>
/// One guard on a transition: either a rule (it lists problems a person can fix; none means it holds) or a
/// branch condition (it picks one of several destinations and has nothing to say when false). The label is
/// what the diagrams print.
/// </summary>
internal sealed class FlowGuard
{
    private readonly Func<IReadOnlyList<string>>? _problems;
    private readonly Func<bool>? _condition;

    private FlowGuard(string label, Func<IReadOnlyList<string>>? problems, Func<bool>? condition)
    {
        Label = label;
        _problems = problems;
        _condition = condition;
    }

    public string Label { get; }

    public static FlowGuard Rule(string label, Func<IReadOnlyList<string>> problems) => new(label, problems, null);

    public static FlowGuard When(string label, Func<bool> condition) => new(label, null, condition);

    public bool Holds() => _condition?.Invoke() ?? _problems!().Count == 0;

    public bool IsCondition => _condition is not null;

    public IReadOnlyList<string> Problems() => _problems?.Invoke() ?? [];
}
