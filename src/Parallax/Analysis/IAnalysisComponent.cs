namespace Parallax.Analysis;

/// <summary>
/// One step of analysis. It declares the layers it reads (<see cref="Requires"/>) and writes
/// (<see cref="Assigns"/>); <see cref="AnalysisPipelineBuilder"/> checks that every requirement is
/// assigned by an earlier component. Implementations must be thread-safe (no per-call state in fields).
/// </summary>
public interface IAnalysisComponent
{
    string Name { get; }
    IReadOnlyList<string> Requires { get; }
    IReadOnlyList<string> Assigns { get; }
    void Process(AnalyzedArticle article);
}
