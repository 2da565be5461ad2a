namespace Parallax.Evaluation;

/// <summary>The tasks <c>parallax eval</c> knows, by name. Each task adds itself here.</summary>
public static class EvaluationTasks
{
    /// <summary>Every task, in the order help lists them.</summary>
    public static IReadOnlyList<IEvaluationTask> All { get; } =
    [
        new ExtractionEvaluation(),
        new MetadataEvaluation(),
        new StoriesEvaluation(),
        new AlignmentEvaluation(),
        new ComparisonEvaluation(),
        new DatesEvaluation(),
        new QuantitiesEvaluation(),
        new PubDatesEvaluation(),
        new QuotesEvaluation(),
        new Analysis.Entities.EntitiesEvaluationTask(),
    ];

    /// <summary>The task of that name (case-insensitive), or null.</summary>
    public static IEvaluationTask? Find(string name) =>
        All.FirstOrDefault(t => string.Equals(t.Name, name, StringComparison.OrdinalIgnoreCase));
}
