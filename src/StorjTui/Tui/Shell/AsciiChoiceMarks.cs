using System.Runtime.CompilerServices;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace StorjTui.Tui.Shell;

/// <summary>
/// ASCII mode's marks for check boxes and options: "[ ]"/"[x]" and "( )"/"(*)". Terminal.Gui draws one glyph
/// cell there, and in ASCII an unticked box or unchosen option would be a blank cell, invisible on screen.
/// </summary>
internal static class AsciiChoiceMarks
{
    private static readonly ConditionalWeakTable<View, object> Marked = [];

    /// <summary>Gives every check box under <paramref name="root"/> (once each) the ASCII marks.</summary>
    public static void Apply(View root)
    {
        foreach (View sub in root.SubViews)
        {
            if (sub is CheckBox box && Marked.TryAdd(box, Marked))
            {
                Mark(box);
            }

            Apply(sub);
            if (sub is OptionSelector { Orientation: Orientation.Horizontal } row && Marked.TryAdd(row, Marked))
            {
                // Lay the row out again for the wider items (its width was worked out for the old ones).
                row.Orientation = Orientation.Vertical;
                row.Orientation = Orientation.Horizontal;
            }
        }
    }

    /// <summary>The mark for a box in its state: options (in an option group) round, boxes square.</summary>
    public static string MarkOf(CheckBox box)
    {
        bool option = box.SuperView is OptionSelector || box.RadioStyle;
        return (option, box.Value) switch
        {
            (true, CheckState.Checked) => "(*)",
            (true, _) => "( )",
            (false, CheckState.Checked) => "[x]",
            (false, CheckState.None) => "[-]",
            _ => "[ ]",
        };
    }

    private static void Mark(CheckBox box)
    {
        // The marks take two more cells than Terminal.Gui's one glyph. Padding the text keeps Terminal.Gui's own
        // sizing, which option groups lay their items out by; a vertical group sized its items from the labels,
        // so they size from their (padded) text instead. A row of options keeps its width: one cell of padding
        // (no space after the mark) and one between options, so the End date row still fits 80 columns.
        bool row = box.SuperView is OptionSelector { Orientation: Orientation.Horizontal };
        if (box.SuperView is OptionSelector { Orientation: Orientation.Horizontal } selector)
        {
            selector.HorizontalSpace = 1;
        }

        string padding = row ? " " : "  ";
        string gap = row ? "" : " ";
        box.Text = padding + box.Text;
        box.Width = Dim.Auto(DimAutoStyle.Text);
        box.DrawingText += (_, _) => box.TextFormatter.Text = MarkOf(box) + gap + box.Text[padding.Length..];
        box.SuperView?.SetNeedsLayout();
    }
}
