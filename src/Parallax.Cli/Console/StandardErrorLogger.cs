using Microsoft.Extensions.Logging;

namespace Parallax.Cli.Console;

/// <summary>
/// Writes log entries to standard error, one line each (and the exception's lines after it), at once:
/// standard output stays the command's result.
/// </summary>
internal sealed class StandardErrorLoggerProvider : ILoggerProvider
{
    private static readonly Lock Gate = new();

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName);

    public void Dispose()
    {
    }

    private sealed class Logger(string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (!IsEnabled(logLevel))
                return;
            var line = $"parallax: {Name(logLevel)}: {formatter(state, exception)} ({category}[{eventId.Id}])";
            lock (Gate)
            {
                System.Console.Error.WriteLine(line);
                if (exception is not null)
                    System.Console.Error.WriteLine(exception.ToString());
            }
        }
    }

    private static string Name(LogLevel level) => level switch
    {
        LogLevel.Trace => "trace",
        LogLevel.Debug => "debug",
        LogLevel.Information => "info",
        LogLevel.Warning => "warning",
        LogLevel.Error => "error",
        _ => "critical",
    };
}
