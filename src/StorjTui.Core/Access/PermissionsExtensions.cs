namespace StorjTui.Core.Access;

/// <summary>The one place that knows the console's permission order (Read, Write, List, Delete).</summary>
public static class PermissionsExtensions
{
    private static readonly Permissions[] ConsoleOrder = [Permissions.Read, Permissions.Write, Permissions.List, Permissions.Delete];

    /// <summary>The single permissions set in <paramref name="permissions"/>, in the console's order.</summary>
    public static IEnumerable<Permissions> Each(this Permissions permissions) => ConsoleOrder.Where(p => permissions.HasFlag(p));
}
