using System.CommandLine;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Parallax.Cli.Console;

/// <summary>
/// The global <c>--verbose</c> and <c>--log-level</c> options and the loggers they give. Without them only
/// warnings and errors are logged, and the library logs none on the command line's paths, so standard
/// error says what it always said.
/// </summary>
internal static class CliLogging
{
    private static readonly string[] Levels = ["trace", "debug", "information", "warning", "error", "critical", "none"];

    public static readonly Option<bool> Verbose = new("--verbose")
    {
        Description = "Log what happens to standard error (as --log-level debug)",
        Recursive = true,
    };

    public static readonly Option<string?> Level = CreateLevel();

    private static Option<string?> CreateLevel()
    {
        var option = new Option<string?>("--log-level")
        {
            Description = "The least severe log entries written to standard error (default warning)",
            Recursive = true,
        };
        option.AcceptOnlyFromAmong(Levels);
        return option;
    }

    /// <summary>The loggers of this run; none until <see cref="Configure"/>.</summary>
    public static ILoggerFactory Factory { get; private set; } = NullLoggerFactory.Instance;

    public static LogLevel MinimumLevel { get; private set; } = LogLevel.Warning;

    public static ILogger For<T>() => Factory.CreateLogger<T>();

    public static ILogger For(Type type) => Factory.CreateLogger(type);

    /// <summary>Sets up the loggers the parsed options ask for; dispose the result when the command ends.</summary>
    public static IDisposable Configure(ParseResult parse)
    {
        var named = parse.GetValue(Level);
        MinimumLevel = named is not null && Enum.TryParse<LogLevel>(named, ignoreCase: true, out var level) ? level
            : parse.GetValue(Verbose) ? LogLevel.Debug
            : LogLevel.Warning;
        Factory = MinimumLevel == LogLevel.None
            ? NullLoggerFactory.Instance
            : LoggerFactory.Create(b => b.SetMinimumLevel(MinimumLevel).AddProvider(new StandardErrorLoggerProvider()));
        return Factory;
    }
}
