using Parallax.Model;

namespace Parallax.Analysis;

/// <summary>An immutable, thread-safe sequence of components, built by <see cref="AnalysisPipelineBuilder"/>.</summary>
public sealed class AnalysisPipeline
{
    internal AnalysisPipeline(IReadOnlyList<IAnalysisComponent> components) => Components = components;

    public IReadOnlyList<IAnalysisComponent> Components { get; }

    public AnalyzedArticle Analyze(Article article)
    {
        var analyzed = new AnalyzedArticle(article);
        foreach (var component in Components)
            component.Process(analyzed);
        return analyzed;
    }

    /// <summary>Every component Parallax ships, in dependency order.</summary>
    public static AnalysisPipeline CreateDefault() => new AnalysisPipelineBuilder().AddDefaults().Build();
}
