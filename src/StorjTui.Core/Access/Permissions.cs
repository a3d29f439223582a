namespace StorjTui.Core.Access;

/// <summary>The console's permission checkboxes. At least one must be chosen.</summary>
[Flags]
public enum Permissions
{
    None = 0,
    Read = 1,
    Write = 2,
    List = 4,
    Delete = 8,
    All = Read | Write | List | Delete,
}
