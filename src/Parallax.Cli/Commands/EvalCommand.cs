using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Parallax.Cli.Console;
using Parallax.Evaluation;

namespace Parallax.Cli.Commands;

/// <summary><c>parallax eval TASK PATH [--json]</c>: the quality harness over the public datasets.</summary>
internal static class EvalCommand
{
    public static Command Create()
    {
        var taskNames = EvaluationTasks.All.Select(t => t.Name).ToArray();
        var task = new Argument<string>("TASK")
        {
            Description = "What to measure: " + string.Join("; ", EvaluationTasks.All.Select(t => $"{t.Name} ({t.Description})")),
        };
        if (taskNames.Length > 0)
            task.AcceptOnlyFromAmong(taskNames);
        var path = new Argument<string>("PATH") { Description = "The dataset (folder or file, in the layout the task reads)" };
        var json = new Option<bool>("--json") { Description = "Print one JSON object instead of a table" };
        var min = new Option<string[]>("--min")
        {
            Description = "A floor, METRIC=VALUE (repeatable): exit with status 3 when a metric falls below it (the CI quality gate)",
            AllowMultipleArgumentsPerToken = false,
        };
        var reports = new Option<string?>("--reports")
        {
            Description = "comparison and alignment: also write each gold story's report to this folder as STORY.json (what score.py reads)",
        };
        var command = new Command("eval", "Measure quality (precision, recall, F1, accuracy) and speed on a dataset") { task, path, json, min, reports };
        command.SetAction(parse => Run(parse.GetValue(task)!, parse.GetValue(path)!, parse.GetValue(json), parse.GetValue(min) ?? [], parse.GetValue(reports)));
        return command;
    }

    private static int Run(string taskName, string path, bool json, string[] floors, string? reports)
    {
        var parsedFloors = new List<(string Metric, double Floor)>();
        foreach (var f in floors)
        {
            var parts = f.Split('=', 2);
            if (parts.Length != 2 || !double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var floor))
                return ErrorReporter.Fatal($"--min takes METRIC=VALUE, not '{f}'");
            parsedFloors.Add((parts[0], floor));
        }
        var task = EvaluationTasks.Find(taskName);
        if (task is null)
            return ErrorReporter.Fatal($"unknown eval task '{taskName}'");
        if (reports is not null)
        {
            if (task is not IWritesStoryReports writer)
                return ErrorReporter.Fatal($"--reports: eval {task.Name} writes no reports (comparison and alignment do)");
            var parent = Path.GetDirectoryName(Path.GetFullPath(reports));
            if (parent is not null && !Directory.Exists(parent))
                return ErrorReporter.Fatal($"--reports: folder '{parent}' does not exist");
            task = writer.WritingReportsTo(reports);
        }
        EvaluationResult result;
        try
        {
            result = ProgressDisplay.Run($"eval {task.Name}", "items", null, (advance, setTotal) =>
                task.Run(path, new SyncProgress(advance), setTotal));
        }
        catch (DatasetException e)
        {
            return ErrorReporter.Fatal($"{path}: {e.Message}");
        }
        if (json)
            WriteJson(result);
        else
            WriteTable(result);
        return CheckFloors(result, parsedFloors);
    }

    private static int CheckFloors(EvaluationResult result, List<(string Metric, double Floor)> floors)
    {
        int failed = 0;
        foreach (var (metric, floor) in floors)
        {
            var value = metric == "items_per_second" ? result.ItemsPerSecond
                : result.Metrics.Concat(result.Counts).Where(m => m.Key == metric).Select(m => (double?)m.Value).FirstOrDefault();
            if (value is null)
            {
                System.Console.Error.WriteLine($"parallax: eval {result.Task}: no metric named '{metric}'");
                failed++;
            }
            else if (value < floor)
            {
                System.Console.Error.WriteLine(string.Format(CultureInfo.InvariantCulture, "parallax: eval {0}: {1} = {2:0.0000} is below the floor {3:0.0000}", result.Task, metric, value, floor));
                failed++;
            }
        }
        return failed > 0 ? ExitCodes.BelowFloor : ExitCodes.Ok;
    }

    private static void WriteTable(EvaluationResult r)
    {
        var inv = CultureInfo.InvariantCulture;
        foreach (var note in r.Notes)
            System.Console.WriteLine($"  note: {note}");
        System.Console.WriteLine($"{r.Task} on {r.Dataset}: {r.Items} {r.ItemUnit}");
        // One column of values however long the longest name ("held_out_agreeing_figure_recall").
        int width = r.Metrics.Select(m => m.Key.Length).Concat(r.Counts.Select(c => c.Key.Length)).Append(28).Max();
        foreach (var (name, value) in r.Metrics)
            System.Console.WriteLine(string.Format(inv, "  {0} {1:0.0000}", name.PadRight(width), value));
        foreach (var (name, value) in r.Counts)
            System.Console.WriteLine(string.Format(inv, "  {0} {1}", name.PadRight(width), value));
        System.Console.WriteLine(string.Format(inv, "  {0} {1:0.0} ({2:0.00} s)", $"{r.ItemUnit}/s".PadRight(width), r.ItemsPerSecond, r.Seconds));
    }

    private static void WriteJson(EvaluationResult r)
    {
        using var stdout = System.Console.OpenStandardOutput();
        using var w = new Utf8JsonWriter(stdout, new JsonWriterOptions { Indented = false });
        w.WriteStartObject();
        w.WriteString("task", r.Task);
        w.WriteString("dataset", r.Dataset);
        w.WriteNumber("items", r.Items);
        w.WriteString("item_unit", r.ItemUnit);
        foreach (var (name, value) in r.Metrics)
            w.WriteNumber(name, Math.Round(value, 6));
        foreach (var (name, value) in r.Counts)
            w.WriteNumber(name, value);
        if (r.Notes.Count > 0)
        {
            w.WriteStartArray("notes");
            foreach (var note in r.Notes)
                w.WriteStringValue(note);
            w.WriteEndArray();
        }
        w.WriteNumber("seconds", Math.Round(r.Seconds, 4));
        w.WriteNumber("items_per_second", Math.Round(r.ItemsPerSecond, 2));
        w.WriteEndObject();
        w.Flush();
        stdout.WriteByte((byte)'\n');
    }

    /// <summary>Progress&lt;T&gt; posts to a thread pool; the bar wants the count now.</summary>
    private sealed class SyncProgress(Action<int> advance) : IProgress<int>
    {
        public void Report(int value) => advance(value);
    }
}
