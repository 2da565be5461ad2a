namespace Parallax.Evaluation;

/// <summary>
/// What one <c>parallax eval TASK</c> run measured: named metrics in a fixed order, how many items
/// were scored, and the throughput of the component under test (scoring time excluded where it can be).
/// </summary>
public sealed record EvaluationResult
{
    /// <summary>The task's name (<c>quotes</c>, <c>stories</c>, ...).</summary>
    public required string Task { get; init; }
    /// <summary>The dataset path as given.</summary>
    public required string Dataset { get; init; }

    /// <summary>Metric name to value, in display order (e.g. precision, recall, f1).</summary>
    public required IReadOnlyList<KeyValuePair<string, double>> Metrics { get; init; }

    /// <summary>How many items were scored.</summary>
    public required int Items { get; init; }

    /// <summary>What an item is: "pages", "articles", "sentences", "docs".</summary>
    public required string ItemUnit { get; init; }

    /// <summary>Wall-clock seconds the component under test took.</summary>
    public required double Seconds { get; init; }

    /// <summary>Throughput: items per second, or 0 when no time was measured.</summary>
    public double ItemsPerSecond => Seconds > 0 ? Items / Seconds : 0;

    /// <summary>Further counts worth printing (documents skipped, stories found, …).</summary>
    public IReadOnlyList<KeyValuePair<string, double>> Counts { get; init; } = [];

    /// <summary>One-line remarks on single items worth a reader's eye (a page without text and why).</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];

    /// <summary>The value of a metric by name; throws when the task has no such metric.</summary>
    public double this[string metric] => Metrics.First(m => m.Key == metric).Value;
}
