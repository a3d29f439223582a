namespace StorjTui.Screens;

/// <summary>One value on a result screen; secret values stay masked until Show.</summary>
internal sealed record ResultRow(string Title, string Value, bool Secret)
{
    public override string ToString() => $"ResultRow {{ Title = {Title} }}";
}
