using StorjTui.Core.Access;
using StorjTui.Core.Flow;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace StorjTui.Tui.Screens;

/// <summary>Screen 4, Create Access: Type (S3 Credentials preselected) and Name.</summary>
internal sealed class TypeAndNameScreen : FlowScreen
{
    private readonly CreateAccessFlow _flow;
    private readonly IReadOnlyList<AccessType> _types;
    private readonly OptionSelector _type;
    private readonly TextField _name = new() { Width = 50 };

    // The console's Choose Flow step, in its order: Full access skips the Permissions screen.
    private static readonly FlowType[] FlowTypes = [FlowType.FullAccess, FlowType.Advanced];
    private readonly OptionSelector _flowType;

    public TypeAndNameScreen(CreateAccessFlow flow)
    {
        _flow = flow;
        _types = flow.OfferedTypes;
        var form = new FormLayout(this, 8);
        form.Line(new Label { Text = "Create a new access to your project." });
        form.Gap();
        _type = form.Row("Type", new OptionSelector
        {
            Labels = _types.Select(AccessTypeText.Of).ToList(),
            Value = Math.Max(0, _types.ToList().IndexOf(flow.Draft.Type)),
            TabBehavior = TabBehavior.NoStop, // one Tab stop for the group; arrows move inside
        }, _types.Count);
        form.Gap();
        _name.Text = flow.Draft.Name;
        form.Row("_Name", _name);
        form.Line(new Label { X = 9, Text = "e.g. my-access (at most 100 characters, unique in the project)" });
        form.Gap();
        _flowType = form.Row("_Access", new OptionSelector
        {
            Labels = ["Full access (every permission, all buckets, no end date)", "Advanced (choose permissions, buckets, end date)"],
            Value = Array.IndexOf(FlowTypes, flow.Draft.FlowType),
            TabBehavior = TabBehavior.NoStop,
        }, FlowTypes.Length);
        AddNext(form);

        _type.ValueChanged += (_, _) => _flow.SetType(_types[_type.Value ?? 0]);
        _name.ValueChanged += (_, _) => _flow.SetName(_name.Text);
        _flowType.ValueChanged += (_, _) => _flow.SetFlowType(FlowTypes[_flowType.Value ?? 1]);
    }

    public override string Heading => "Create Access";

    public override CreateAccessStep? FlowStep => CreateAccessStep.TypeAndName;

    public override View? InitialFocus => _name;

    protected override string NextText => "_Continue";

    public override bool HasEnteredData => _flow.HasEnteredData;
}
