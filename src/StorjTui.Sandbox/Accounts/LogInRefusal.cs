namespace StorjTui.Sandbox.Accounts;

/// <summary>Why a log-in was refused: the status and <c>{"error": …}</c> text consoleapi/auth.go answers with.</summary>
internal sealed record LogInRefusal(int Status, string Message);
