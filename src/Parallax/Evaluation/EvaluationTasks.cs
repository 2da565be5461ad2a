namespace Parallax.Evaluation;

/// <summary>The tasks <c>parallax eval</c> knows, by name. Each task adds itself here.</summary>
public static class EvaluationTasks
{
    public static IReadOnlyList<IEvaluationTask> All { get; } =
    [
        new Analysis.Entities.EntitiesEvaluationTask(),
    ];

    public static IEvaluationTask? Find(string name) =>
        All.FirstOrDefault(t => string.Equals(t.Name, name, StringComparison.OrdinalIgnoreCase));
}
