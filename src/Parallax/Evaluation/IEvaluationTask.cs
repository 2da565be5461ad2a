namespace Parallax.Evaluation;

/// <summary>A scorer behind <c>parallax eval</c>: reads a dataset in its published layout and measures one stage.</summary>
public interface IEvaluationTask
{
    /// <summary>The TASK word on the command line.</summary>
    string Name { get; }

    /// <summary>One line for <c>--help</c>: what PATH must be and what is measured.</summary>
    string Description { get; }

    /// <summary>Runs the evaluation. Throws <see cref="DatasetException"/> when PATH is not a dataset of the expected layout.</summary>
    EvaluationResult Run(string path, IProgress<int>? progress = null, Action<int>? setTotal = null);
}

/// <summary>PATH is missing or not in the layout the task reads.</summary>
public sealed class DatasetException(string message) : Exception(message);

/// <summary>A task that compares gold stories and can also write each story's report (<c>eval --reports DIR</c>).</summary>
public interface IWritesStoryReports
{
    /// <summary>The same task, writing each gold story's report to <paramref name="directory"/> as <c>STORY.json</c>.</summary>
    IEvaluationTask WritingReportsTo(string directory);
}
