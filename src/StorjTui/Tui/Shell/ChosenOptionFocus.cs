using System.Runtime.CompilerServices;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace StorjTui.Tui.Shell;

/// <summary>
/// Tab into an option group lands on the chosen option, not on the first one. Enter in a group takes the highlighted
/// option (see the shell's Enter rule), so a highlight away from the chosen one would change the choice unseen: Tab,
/// Enter on "Create a new access" picked Full access while Advanced showed as chosen.
/// </summary>
internal static class ChosenOptionFocus
{
    private static readonly ConditionalWeakTable<OptionSelector, object> Watched = [];

    /// <summary>Watches every option group under <paramref name="root"/> (once each).</summary>
    public static void Apply(View root)
    {
        foreach (View sub in root.SubViews)
        {
            if (sub is OptionSelector group && Watched.TryAdd(group, Watched))
            {
                group.HasFocusChanged += (_, e) =>
                {
                    if (e.NewValue)
                    {
                        FocusChosen(group);
                    }
                };
            }

            Apply(sub);
        }
    }

    private static void FocusChosen(OptionSelector group)
    {
        CheckBox? chosen = group.SubViews.OfType<CheckBox>().FirstOrDefault(box => group.GetCheckBoxValue(box) == group.Value);
        if (chosen is { HasFocus: false, CanFocus: true })
        {
            chosen.SetFocus();
        }
    }
}
