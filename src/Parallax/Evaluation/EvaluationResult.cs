namespace Parallax.Evaluation;

/// <summary>
/// What one <c>parallax eval TASK</c> run measured: named metrics in a fixed order, how many items
/// were scored, and the throughput of the component under test (scoring time excluded where it can be).
/// </summary>
public sealed record EvaluationResult
{
    public required string Task { get; init; }
    public required string Dataset { get; init; }

    /// <summary>Metric name to value, in display order (e.g. precision, recall, f1).</summary>
    public required IReadOnlyList<KeyValuePair<string, double>> Metrics { get; init; }

    public required int Items { get; init; }

    /// <summary>What an item is: "pages", "articles", "sentences", "docs".</summary>
    public required string ItemUnit { get; init; }

    public required double Seconds { get; init; }

    public double ItemsPerSecond => Seconds > 0 ? Items / Seconds : 0;

    /// <summary>Further counts worth printing (documents skipped, stories found, …).</summary>
    public IReadOnlyList<KeyValuePair<string, double>> Counts { get; init; } = [];

    public double this[string metric] => Metrics.First(m => m.Key == metric).Value;
}
