namespace StorjTui.Cli;

/// <summary>The documented exit codes (README, Usage).</summary>
internal static class ExitCodes
{
    public const int Ok = 0;
    public const int Failed = 1;
    /// <summary>Bad usage, or a full-screen command run without a terminal.</summary>
    public const int Usage = 2;
}
