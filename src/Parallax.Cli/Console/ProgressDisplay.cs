using Parallax.Extraction.Inputs;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Parallax.Cli.Console;

/// <summary>
/// A progress bar with items/s on standard error, shown only when standard error is a terminal, so piped
/// and scripted runs stay quiet.
/// </summary>
internal static class ProgressDisplay
{
    public static bool Enabled => !System.Console.IsErrorRedirected && Environment.GetEnvironmentVariable("CI") is null;

    /// <summary>Runs <paramref name="work"/>, handing it a callback that advances the bar by n items.</summary>
    public static T Run<T>(string label, string unit, int? total, Func<Action<int>, Action<int>, T> work)
    {
        if (!Enabled)
            return work(static _ => { }, static _ => { });
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(System.Console.Error) });
        return console.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ItemsPerSecondColumn(unit), new ElapsedTimeColumn())
            .Start(ctx =>
            {
                var task = ctx.AddTask(label, maxValue: total ?? 1);
                task.IsIndeterminate = total is null;
                return work(n => task.Increment(n), t =>
                {
                    task.MaxValue = t;
                    task.IsIndeterminate = false;
                });
            });
    }

    /// <summary>As <see cref="Run{T}"/>, for work that awaits.</summary>
    public static async Task<T> RunAsync<T>(string label, string unit, int? total, Func<Action<int>, Task<T>> work)
    {
        if (!Enabled)
            return await work(static _ => { });
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(System.Console.Error) });
        return await console.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ItemsPerSecondColumn(unit), new ElapsedTimeColumn())
            .StartAsync(async ctx =>
            {
                var task = ctx.AddTask(label, maxValue: total ?? 1);
                task.IsIndeterminate = total is null;
                return await work(n => task.Increment(n));
            });
    }

    /// <summary>How many documents the paths hold, when that is known without reading them (no JSONL, no stdin).</summary>
    public static int? CountDocuments(IEnumerable<string> paths)
    {
        int n = 0;
        foreach (var p in paths)
        {
            if (p == "-")
                return null;
            if (Directory.Exists(p))
            {
                foreach (var f in InputReader.ListDirectory(p))
                {
                    if (InputFormats.FromPath(f) == InputFormat.Jsonl || Parallax.Acquisition.Warc.WarcReader.IsWarcPath(f))
                        return null;
                    n++;
                }
            }
            else if (InputFormats.FromPath(p) == InputFormat.Jsonl || Parallax.Acquisition.Warc.WarcReader.IsWarcPath(p))
            {
                return null;
            }
            else
            {
                n++;
            }
        }
        return n;
    }

    private sealed class ItemsPerSecondColumn(string unit) : ProgressColumn
    {
        public override IRenderable Render(RenderOptions options, ProgressTask task, TimeSpan deltaTime)
        {
            var speed = task.Speed ?? 0;
            return new Spectre.Console.Text($"{speed,7:0.0} {unit}/s", new Style(Color.Grey));
        }
    }
}
