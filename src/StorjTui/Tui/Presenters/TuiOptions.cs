
namespace StorjTui.Tui.Presenters;

/// <summary>How the full-screen app was started.</summary>
/// <param name="Sandbox">`--sandbox`: connect to the in-process sandbox at once, skipping the Connect screen.</param>
/// <param name="AsciiOnly">Draw with ASCII only (also automatic for TERM=linux).</param>
internal sealed record TuiOptions(bool Sandbox = false, bool AsciiOnly = false);
