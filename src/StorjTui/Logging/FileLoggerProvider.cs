using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.Extensions.Logging;
using StorjTui.Core.Bundles;
using StorjTui.Core.Text;

namespace StorjTui.Logging;

/// <summary>
/// Appends log lines to one private file (0600, folder 0700; <see cref="PrivateFiles.OpenAppend"/>). The app is a full-screen program, so the
/// terminal is no place for logs. Every line passes through <see cref="SecretRedactor"/>, then
/// <see cref="TerminalText.Show"/> (a log is read with cat, less and tail -f on a terminal).
/// </summary>
internal sealed class FileLoggerProvider : ILoggerProvider
{
    private readonly StreamWriter writer;
    private readonly Lock gate = new();
    private bool disposed;
    private readonly LogLevel minimum;
    private readonly ConcurrentDictionary<string, FileLogger> loggers = new(StringComparer.Ordinal);

    public FileLoggerProvider(string file, LogLevel minimum)
    {
        this.minimum = minimum;
        writer = new StreamWriter(PrivateFiles.OpenAppend(file)) { AutoFlush = true };
    }

    public ILogger CreateLogger(string categoryName) => loggers.GetOrAdd(categoryName, name => new FileLogger(this, name));

    public void Dispose()
    {
        lock (gate)
        {
            disposed = true;
            writer.Dispose();
        }
    }

    private void Write(string category, LogLevel level, string message, Exception? exception)
    {
        string line = string.Create(CultureInfo.InvariantCulture, $"{DateTimeOffset.UtcNow:yyyy-MM-ddTHH:mm:ss.fffZ} {level,-11} {category}: {message}");
        if (exception is not null)
        {
            // Type and message only: stack traces stay out of the user's files.
            line += $" ({exception.GetType().Name}: {exception.Message})";
        }
        lock (gate)
        {
            // A late line (work finishing on another thread after the command ended) is dropped, not a crash.
            if (!disposed)
            {
                // One entry, one line: names and server text cannot forge entries or carry escape sequences.
                writer.WriteLine(TerminalText.Show(SecretRedactor.Redact(line)));
            }
        }
    }

    private sealed class FileLogger(FileLoggerProvider provider, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None && logLevel >= provider.minimum;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                provider.Write(category, logLevel, formatter(state, exception), exception);
            }
        }
    }
}
