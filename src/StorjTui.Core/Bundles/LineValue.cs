using System.Globalization;
using System.Text;

namespace StorjTui.Core.Bundles;

/// <summary>
/// A value written on one line of a credentials file. The values come from a satellite or an auth service and are
/// checked where they arrive; this second check, at every writer, refuses line breaks and other control
/// characters, so even a gap in that first check cannot add a line (say <c>credential_process = …</c>) to a file.
/// </summary>
internal static class LineValue
{
    /// <summary>Returns <paramref name="value"/>, or throws <see cref="BundleWriteException"/> naming the field (never the value).</summary>
    public static string Check(string? value, string field, string file)
    {
        ArgumentNullException.ThrowIfNull(value);
        foreach (var rune in value.EnumerateRunes())
        {
            if (Rune.IsControl(rune) || Rune.GetUnicodeCategory(rune) is UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator)
            {
                throw new BundleWriteException(BundleWriteFailure.UnsafeValue,
                    $"The {field} holds a line break or another control character, so the {file} was not written (such a value could add settings of its own to the file). Nothing was saved.");
            }
        }
        return value;
    }
}
