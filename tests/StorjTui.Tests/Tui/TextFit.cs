using System.Drawing;
using System.Text;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace StorjTui.Tests.Tui;

/// <summary>
/// Finds text that a view holds but the screen does not show whole: a label cut at the right edge of its
/// frame, a footer pushed out of the window, a pop-up title cut by its border. It reads what was drawn, not
/// the layout, so a view that draws its text some other way is judged the same way a person sees it.
/// </summary>
internal static class TextFit
{
    /// <summary>One line per view whose whole text is not on screen inside its frame; empty when all fits.</summary>
    public static IReadOnlyList<string> Cuts(Tui tui)
    {
        string[] rows = tui.Screen.TrimEnd('\n').Split('\n').Select(r => r.TrimEnd('\r')).ToArray();
        var cuts = new List<string>();
        var shell = tui.Shell;
        // Under a pop-up the screen is covered on purpose: check the pop-up and the shell's own lines only.
        IEnumerable<View> roots = shell.HasOverlay
            ? shell.SubViews.Where(v => v is StorjTui.Tui.Shell.Overlay || v is Label)
            : [shell];
        if (shell.HasOverlay)
        {
            CheckTitle(shell, rows, cuts);
        }

        foreach (View root in roots)
        {
            Check(root, rows, cuts);
        }

        return cuts;
    }

    private static void Check(View view, string[] rows, List<string> cuts)
    {
        if (!view.Visible)
        {
            return;
        }

        CheckTitle(view, rows, cuts);

        // Typed values scroll inside their field and lists scroll by design; their own text is not a label.
        if (view is TextField or ListView or TableView || view.GetType().Name == "TextView")
        {
            return;
        }

        if (view.SubViews.Count == 0 && !string.IsNullOrWhiteSpace(view.Text))
        {
            string expected = Squeeze(WithoutHotKeyMark(view));
            string shown = Squeeze(Read(rows, VisibleArea(view)));
            if (!shown.Contains(expected, StringComparison.Ordinal))
            {
                cuts.Add($"{view.GetType().Name} \"{view.Text}\" shows only \"{Read(rows, VisibleArea(view)).Trim()}\"");
            }
        }

        foreach (View sub in view.SubViews)
        {
            Check(sub, rows, cuts);
        }
    }

    /// <summary>A framed view's title is drawn on its top border: all of it must be there.</summary>
    private static void CheckTitle(View view, string[] rows, List<string> cuts)
    {
        if (view.Border is not { } border || border.Thickness.Top == 0 || string.IsNullOrWhiteSpace(view.Title))
        {
            return;
        }

        Rectangle frame = view.FrameToScreen();
        string top = Read(rows, new Rectangle(frame.X, frame.Y, frame.Width, 1));
        if (!Squeeze(top).Contains(Squeeze(view.Title.Replace("_", "", StringComparison.Ordinal)), StringComparison.Ordinal))
        {
            cuts.Add($"{view.GetType().Name} title \"{view.Title}\" shows only \"{top.Trim()}\"");
        }
    }

    /// <summary>The part of the view's content area that is on screen: clipped by every view around it.</summary>
    private static Rectangle VisibleArea(View view)
    {
        Rectangle area = view.ViewportToScreen(new Rectangle(Point.Empty, view.Viewport.Size));
        for (View? outer = view.SuperView; outer is not null; outer = outer.SuperView)
        {
            area.Intersect(outer.ViewportToScreen(new Rectangle(Point.Empty, outer.Viewport.Size)));
        }

        return area;
    }

    private static string Read(string[] rows, Rectangle area)
    {
        var text = new StringBuilder();
        for (int y = Math.Max(area.Top, 0); y < Math.Min(area.Bottom, rows.Length); y++)
        {
            string row = rows[y];
            int from = Math.Clamp(area.Left, 0, row.Length);
            int to = Math.Clamp(area.Right, from, row.Length);
            text.Append(row, from, to - from).Append('\n');
        }

        return text.ToString();
    }

    private static string WithoutHotKeyMark(View view)
    {
        string text = view.Text;
        var mark = view.HotKeySpecifier;
        if (mark.Value >= 0xFFFF || view.HotKey == Terminal.Gui.Input.Key.Empty)
        {
            return text;
        }

        int at = text.IndexOf(mark.ToString(), StringComparison.Ordinal);
        return at < 0 ? text : text.Remove(at, mark.Utf16SequenceLength);
    }

    private static string Squeeze(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
}
