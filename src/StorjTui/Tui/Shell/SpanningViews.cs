using System.Drawing;
using Terminal.Gui.ViewBase;

namespace StorjTui.Tui.Shell;

/// <summary>
/// Whether a container's viewport is covered, row by row, by visible views on it that span its whole width. Each
/// of those clears the cells it draws (Terminal.Gui passes every redraw of a container on to the views under the
/// redrawn part), so a container that clears them first only paints each cell twice: at 80×24 the shell, its
/// content area and the screen each cleared the same ~1,600 cells, ~6% of the instructions to the first frame.
/// </summary>
internal static class SpanningViews
{
    public static bool Cover(View container)
    {
        Rectangle viewport = container.Viewport;
        for (int row = viewport.Top; row < viewport.Bottom; row++)
        {
            if (!SpansRow(container, viewport, row))
            {
                return false;
            }
        }

        return true;
    }

    private static bool SpansRow(View container, Rectangle viewport, int row)
    {
        foreach (View view in container.SubViews)
        {
            Rectangle frame = view.Frame;
            if (view.Visible && frame.Left <= viewport.Left && frame.Right >= viewport.Right && frame.Top <= row && row < frame.Bottom)
            {
                return true;
            }
        }

        return false;
    }
}
