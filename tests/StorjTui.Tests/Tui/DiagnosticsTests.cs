using Microsoft.Extensions.Logging;
using StorjTui.Core.Access;
using StorjTui.Logging;
using Terminal.Gui.Input;

namespace StorjTui.Tests.Tui;

/// <summary>
/// The full-screen app logs like the CLI: screens shown, effects started and finished, failures with their stack
/// trace at Debug — never a secret. A failure nobody planned for says where its details are, not only its type.
/// </summary>
public sealed class DiagnosticsTests
{
    private const string SecretInMessage = "hunter2-password-in-a-message";

    private static Tui Start(Scenario scenario, FileLoggerProvider logs, string logFile) =>
        new(scenario.Environment with { Log = logs.CreateLogger("tui"), LogFile = logFile });

    [Fact]
    public void AnUnexpectedFailureNamesTheLogFileAndLogsItsStackTraceButNotItsMessage()
    {
        using var scenario = new Scenario();
        string logFile = Path.Join(scenario.Folder, "s", "tui.log");
        scenario.Open = _ => throw new InvalidOperationException(SecretInMessage);
        using (var logs = new FileLoggerProvider(logFile, LogLevel.Debug))
        using (Tui tui = Start(scenario, logs, logFile))
        {
            tui.Press(Key.Enter).Settle();

            tui.Shows("Unexpected error — details in").Shows("s/tui.log").DoesNotShow(SecretInMessage);
            Assert.Equal(Core.Flow.NavigationStep.Connect, tui.Step);
        }

        string log = File.ReadAllText(logFile);
        Assert.Contains("Unexpected failure in connect: System.InvalidOperationException", log, StringComparison.Ordinal);
        Assert.Contains("ConnectPresenter", log, StringComparison.Ordinal);
        Assert.DoesNotContain(SecretInMessage, log, StringComparison.Ordinal);
    }

    [Fact]
    public void TheLogFollowsScreensAndEffectsWithoutThePassphrase()
    {
        using var scenario = new Scenario();
        string logFile = Path.Join(scenario.Folder, "s", "tui.log");
        using (var logs = new FileLoggerProvider(logFile, LogLevel.Debug))
        using (Tui tui = Start(scenario, logs, logFile))
        {
            tui.ToAccessPage("project secret words");
        }

        string log = File.ReadAllText(logFile);
        Assert.Contains("Screen Connect", log, StringComparison.Ordinal);
        Assert.Contains("Effect connect started", log, StringComparison.Ordinal);
        Assert.Contains("Effect open project finished", log, StringComparison.Ordinal);
        Assert.Contains("Screen AccessPage", log, StringComparison.Ordinal);
        Assert.DoesNotContain("project secret words", log, StringComparison.Ordinal);
    }

    [Fact]
    public void AFailureThePersonCanActOnShowsItsMessageAndIsLoggedAsAWarning()
    {
        using var scenario = new Scenario();
        string logFile = Path.Join(scenario.Folder, "s", "tui.log");
        scenario.Open = _ => Task.FromException<IStorjConnection>(new StorjConnectionException("The satellite did not answer."));
        using (var logs = new FileLoggerProvider(logFile, LogLevel.Information))
        using (Tui tui = Start(scenario, logs, logFile))
        {
            tui.Press(Key.Enter).Settle().Shows("The satellite did not answer.");
        }

        Assert.Contains("Effect connect failed (StorjTui.Core.Access.StorjConnectionException): The satellite did not answer.", File.ReadAllText(logFile), StringComparison.Ordinal);
    }
}
