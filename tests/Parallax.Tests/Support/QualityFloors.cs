using System.Globalization;
using Parallax.Evaluation;

namespace Parallax.Tests.Support;

/// <summary>
/// The quality floors as .ci/floors states them (the one place they are written): tests that score a
/// full dataset check its line there, as <c>parallax eval --min</c> does in CI.
/// </summary>
internal static class QualityFloors
{
    private static readonly Lazy<IReadOnlyList<(string Task, string Dataset, IReadOnlyList<(string Metric, double Floor)> Floors)>> Lines = new(Read);

    /// <summary>The floors of the line for this task and dataset (a path under the shared datasets folder).</summary>
    public static IReadOnlyList<(string Metric, double Floor)> Of(string task, string dataset)
    {
        var line = Lines.Value.Where(l => l.Task == task && l.Dataset == dataset).ToList();
        Assert.True(line.Count == 1, $".ci/floors has {line.Count} lines for {task} {dataset}, not one");
        return line[0].Floors;
    }

    /// <summary>Asserts every floor of the task's line on the dataset.</summary>
    public static void AssertMet(string task, string dataset, EvaluationResult result)
    {
        foreach (var (metric, floor) in Of(task, dataset))
            Assert.True(result[metric] >= floor, string.Create(CultureInfo.InvariantCulture, $"{task} {dataset}: {metric} {result[metric]:0.0000} is below the floor {floor}"));
    }

    private static IReadOnlyList<(string, string, IReadOnlyList<(string, double)>)> Read()
    {
        var lines = new List<(string, string, IReadOnlyList<(string, double)>)>();
        foreach (var raw in File.ReadLines(Path.Combine(RepoPaths.Root, ".ci", "floors")))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
                continue;
            var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var floors = parts.Skip(2).Select(p =>
            {
                var kv = p.Split('=');
                return (kv[0], double.Parse(kv[1], NumberStyles.Float, CultureInfo.InvariantCulture));
            }).ToList();
            lines.Add((parts[0], parts[1], floors));
        }
        return lines;
    }
}
