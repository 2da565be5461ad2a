using Parallax.Extraction.Inputs;

namespace Parallax.Cli.Console;

/// <summary>Writes one line per failed input to standard error and remembers that something failed.</summary>
internal sealed class ErrorReporter
{
    public int Count { get; private set; }

    public void Report(InputError error)
    {
        Count++;
        System.Console.Error.WriteLine(Parallax.Rendering.TerminalText.Clean($"parallax: {error.Source}: {error.Reason}"));
    }

    /// <summary>One line for an input that was read but not whole (cut at a budget); the exit code is unchanged.</summary>
    public static void Warn(InputError warning) => System.Console.Error.WriteLine($"parallax: warning: {warning.Source}: {warning.Reason}");

    public static int Fatal(string message)
    {
        System.Console.Error.WriteLine(Parallax.Rendering.TerminalText.Clean($"parallax: {message}"));
        return ExitCodes.Usage;
    }

    public int ExitCode => Count > 0 ? ExitCodes.SomeInputsFailed : ExitCodes.Ok;
}

internal static class ExitCodes
{
    public const int Ok = 0;
    public const int SomeInputsFailed = 1;
    public const int Usage = 2;
    public const int BelowFloor = 3;

    /// <summary>The store could not be opened or written.</summary>
    public const int StoreFailed = 4;

    /// <summary>Stopped by Ctrl-C or SIGTERM (128 + SIGINT, as shells report it).</summary>
    public const int Interrupted = 130;
}
