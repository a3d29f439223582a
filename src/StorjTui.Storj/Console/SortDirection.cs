namespace StorjTui.Storj.Console;

/// <summary>Sort direction of the API key list (the console's numbering).</summary>
public enum SortDirection
{
    Ascending = 1,
    Descending = 2,
}
