
namespace StorjTui.Tui.Screens;

/// <summary>The Connect screen's choices.</summary>
internal enum ConnectTarget
{
    Sandbox,
    Us1,
    Eu1,
    Ap1,
    CustomSatellite,
    ExistingAccessGrant,
}
