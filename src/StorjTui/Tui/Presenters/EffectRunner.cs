using Microsoft.Extensions.Logging;
using StorjTui.Core.Access;
using StorjTui.Core.Bundles;
using Terminal.Gui.App;

namespace StorjTui.Tui.Presenters;

/// <summary>
/// Runs the presenters' effects (connect, list, create, delete, verify) off the UI thread and brings their outcome
/// back on it. One error policy for all of them: failures a person can act on show their message; anything else
/// shows <see cref="UnexpectedText"/> and goes to the log with its stack trace, never to the screen.
/// </summary>
internal sealed class EffectRunner : IEffectStatus, IDisposable
{
    private readonly IApplication _app;
    private readonly ILogger _log;
    private readonly CancellationTokenSource _stop = new();
    private int _busy;

    public EffectRunner(IApplication app, ILogger log, string? logFile)
    {
        _app = app;
        _log = log;
        UnexpectedText = $"Unexpected error — details in {logFile ?? "the log"}.";
    }

    /// <summary>What the screen says about a failure nobody planned for; its message may hold a secret, so it stays in the log.</summary>
    public string UnexpectedText { get; }

    public bool IsBusy => Volatile.Read(ref _busy) > 0;

    public event EventHandler? EffectFinished;

    /// <summary>Runs <paramref name="work"/> off the UI thread; <paramref name="done"/> or <paramref name="failed"/> runs on the UI thread.</summary>
    /// <param name="name">What the effect does, for the log (no secrets: a verb and at most a name).</param>
    public void Run<T>(string name, Func<CancellationToken, Task<T>> work, Action<T> done, Action<string> failed)
    {
        Interlocked.Increment(ref _busy);
        CancellationToken ct = _stop.Token;
        _log.EffectStarted(name);
        _ = Task.Run(async () =>
        {
            try
            {
                T value = await work(ct).ConfigureAwait(false);
                _log.EffectFinished(name);
                _app.Invoke(() => done(value));
            }
            catch (Exception e) when (IsExpected(e))
            {
                string message = e is OperationCanceledException ? "Cancelled." : e.Message;
                _log.EffectFailed(name, e.GetType(), message);
                _app.Invoke(() => failed(message));
            }
#pragma warning disable CA1031 // an unexpected failure must reach the screen, not kill the app; its details go to the log only
            catch (Exception e)
#pragma warning restore CA1031
            {
                string message = Unexpected(name, e);
                _app.Invoke(() => failed(message));
            }
            finally
            {
                Interlocked.Decrement(ref _busy);
                EffectFinished?.Invoke(this, EventArgs.Empty);
            }
        }, ct);
    }

    /// <summary>Logs a failure nobody planned for (type and stack trace; not its message, which may hold a secret) and returns what to show.</summary>
    public string Unexpected(string where, Exception e)
    {
        ArgumentNullException.ThrowIfNull(e);
        Type type = e.GetType();
        string? stackTrace = e.StackTrace;
        _log.UnexpectedFailure(where, type);
        _log.UnexpectedDetail(where, type, stackTrace);
        return UnexpectedText;
    }

    private static bool IsExpected(Exception e) =>
        e is StorjConnectionException or BundleWriteException or OperationCanceledException or TimeoutException or HttpRequestException;

    public void Dispose()
    {
        _stop.Cancel();
        _stop.Dispose();
    }
}
