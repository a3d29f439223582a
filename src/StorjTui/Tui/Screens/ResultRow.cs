
namespace StorjTui.Tui.Screens;

/// <summary>
/// One value on a result screen; secret values stay masked until Show. <paramref name="AppearsOnce"/> values
/// (the keys, the grant) cannot be seen again after the screen closes, so leaving asks until each was saved.
/// </summary>
internal sealed record ResultRow(string Title, string Value, bool Secret, bool AppearsOnce)
{
    public override string ToString() => $"ResultRow {{ Title = {Title} }}";
}
