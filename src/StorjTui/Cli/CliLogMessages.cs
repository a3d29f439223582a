using Microsoft.Extensions.Logging;

namespace StorjTui.Cli;

/// <summary>What the commands log. Names, folders and steps only — never a secret.</summary>
internal static partial class CliLogMessages
{
    [LoggerMessage(Level = LogLevel.Debug, Message = "Starting the sandbox (state in {Folder})")]
    public static partial void StartingSandbox(this ILogger logger, string folder);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Using the saved session for {Console}")]
    public static partial void UsingSession(this ILogger logger, Uri console);

    [LoggerMessage(Level = LogLevel.Information, Message = "Project {Project} opened")]
    public static partial void ProjectOpened(this ILogger logger, string project);

    [LoggerMessage(Level = LogLevel.Trace, Message = "Creation step {Step}")]
    public static partial void CreationStepReached(this ILogger logger, Core.Access.CreationStep step);

    [LoggerMessage(Level = LogLevel.Information, Message = "Created {Type} access {Name}; wrote {FileCount} file(s) to {Folder}")]
    public static partial void Created(this ILogger logger, Core.Access.AccessType type, string name, int fileCount, string folder);

    [LoggerMessage(Level = LogLevel.Information, Message = "Found an unfinished creation of {Name} in {Project}")]
    public static partial void FoundPending(this ILogger logger, string name, string project);

    [LoggerMessage(Level = LogLevel.Information, Message = "Deleted access {Name} in {Project}")]
    public static partial void Deleted(this ILogger logger, string name, string project);

    [LoggerMessage(Level = LogLevel.Information, Message = "Logged in to {Console}")]
    public static partial void LoggedIn(this ILogger logger, Uri console);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Command failed: {Reason}")]
    public static partial void Failed(this ILogger logger, string reason);
}
