using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace StorjTui.Tui.Screens;

/// <summary>Stacks labelled rows down a screen: a label column on the left, the field to its right.</summary>
internal sealed class FormLayout(View parent, int labelWidth = 14)
{
    /// <summary>The next free row.</summary>
    public int Y { get; private set; }

    /// <summary>Adds "label  field" on the current row and moves down by the field's height.</summary>
    /// <summary>The caption the last <see cref="Row{T}"/> added (for a screen that renames it).</summary>
    public Label? LastCaption { get; private set; }

    public T Row<T>(string label, T field, int height = 1)
        where T : View
    {
        // A caption is one line: a fixed height spares Terminal.Gui measuring its text again on every layout pass.
        var caption = new Label { X = 0, Y = Y, Text = label, Width = labelWidth, Height = 1 };
        LastCaption = caption;
        field.X = labelWidth + 1;
        field.Y = Y;
        parent.Add(caption, field);
        Y += height;
        return field;
    }

    /// <summary>Adds a full-width view on the current row.</summary>
    public T Line<T>(T view, int height = 1)
        where T : View
    {
        view.X = 0;
        view.Y = Y;
        parent.Add(view);
        Y += height;
        return view;
    }

    /// <summary>Leaves an empty row.</summary>
    public void Gap(int rows = 1) => Y += rows;
}
