using Microsoft.Extensions.Logging;

namespace StorjTui.Tui.Presenters;

/// <summary>What the full-screen app logs: screens, effects and failures by name — never a secret (the file also redacts).</summary>
internal static partial class TuiLogMessages
{
    [LoggerMessage(Level = LogLevel.Information, Message = "TUI started (sandbox: {Sandbox})")]
    public static partial void Started(this ILogger logger, bool sandbox);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Screen {Step} {CreateStep}")]
    public static partial void ScreenShown(this ILogger logger, Core.Flow.NavigationStep step, Core.Flow.CreateAccessStep? createStep);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Effect {Effect} started")]
    public static partial void EffectStarted(this ILogger logger, string effect);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Effect {Effect} finished")]
    public static partial void EffectFinished(this ILogger logger, string effect);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Effect {Effect} failed ({Type}): {Reason}")]
    public static partial void EffectFailed(this ILogger logger, string effect, Type type, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Unexpected failure in {Where}: {Type}")]
    public static partial void UnexpectedFailure(this ILogger logger, string where, Type type);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Unexpected failure in {Where}: {Type} at\n{StackTrace}")]
    public static partial void UnexpectedDetail(this ILogger logger, string where, Type type, string? stackTrace);

    [LoggerMessage(Level = LogLevel.Information, Message = "Connected to {Target}; {ProjectCount} project(s)")]
    public static partial void Connected(this ILogger logger, Screens.ConnectTarget target, int projectCount);

    [LoggerMessage(Level = LogLevel.Information, Message = "Created {Type} access {Name}")]
    public static partial void Created(this ILogger logger, Core.Access.AccessType type, string name);

    [LoggerMessage(Level = LogLevel.Information, Message = "Deleted access {Name}")]
    public static partial void Deleted(this ILogger logger, string name);

    [LoggerMessage(Level = LogLevel.Information, Message = "Saved {FileCount} file(s)")]
    public static partial void Saved(this ILogger logger, int fileCount);
}
