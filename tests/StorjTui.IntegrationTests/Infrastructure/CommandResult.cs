namespace StorjTui.IntegrationTests.Infrastructure;

/// <summary>What an outside program did: exit code and its whole output.</summary>
public sealed record CommandResult(int ExitCode, string StandardOutput, string StandardError)
{
    public bool Succeeded => ExitCode == 0;

    /// <summary>For assertion messages: exit code and both streams.</summary>
    public string Describe() => $"exit {ExitCode}\n--- stdout ---\n{StandardOutput}\n--- stderr ---\n{StandardError}";
}
