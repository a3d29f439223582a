using System.Text;

namespace StorjTui.Core.Bundles;

/// <summary>
/// Turns an access name into an aws CLI profile / rclone remote name: letters, digits, <c>.</c>, <c>_</c> and
/// <c>-</c> only (others become <c>-</c>), never empty, and never <c>default</c> (which would silently
/// take over the default profile).
/// </summary>
public static class ProfileNames
{
    /// <summary>The profile name for <paramref name="accessName"/>, e.g. <c>prod/backup</c> → <c>prod-backup</c>.</summary>
    public static string FromAccessName(string accessName)
    {
        ArgumentNullException.ThrowIfNull(accessName);
        var builder = new StringBuilder(accessName.Length);
        foreach (var c in accessName)
        {
            var keep = char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-';
            if (keep)
            {
                builder.Append(c);
            }
            else if (builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append('-');
            }
        }

        var name = builder.ToString().Trim('-', '.');
        if (name.Length == 0)
        {
            return "storj";
        }

        return string.Equals(name, "default", StringComparison.OrdinalIgnoreCase) ? "storj-" + name : name;
    }
}
