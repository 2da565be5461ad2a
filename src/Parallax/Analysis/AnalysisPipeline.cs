using Parallax.Model;

namespace Parallax.Analysis;

/// <summary>
/// An immutable, thread-safe sequence of components, built by <see cref="AnalysisPipelineBuilder"/>: one
/// instance serves a whole run on every thread.
/// </summary>
public sealed class AnalysisPipeline
{
    internal AnalysisPipeline(IReadOnlyList<IAnalysisComponent> components) => Components = components;

    /// <summary>The components, in the order they run.</summary>
    public IReadOnlyList<IAnalysisComponent> Components { get; }

    /// <summary>Runs every component over the article and returns the immutable document.</summary>
    public AnalyzedArticle Analyze(Article article) => Analyze(article, CancellationToken.None);

    /// <summary>
    /// Runs every component over the article; <paramref name="cancel"/> is checked before each component (each one's
    /// work on an article is bounded by docs/limits.md), so a cancelled request or Ctrl-C stops within one component.
    /// </summary>
    public AnalyzedArticle Analyze(Article article, CancellationToken cancel)
    {
        ArgumentNullException.ThrowIfNull(article);
        var layers = new object?[Layer.Count];
        foreach (var component in Components)
        {
            cancel.ThrowIfCancellationRequested();
            Run(component, article, article.Published, layers);
        }
        return new AnalyzedArticle(article, article.Published, layers);
    }

    /// <summary>
    /// A new document in which the components that read a <paramref name="changed"/> layer (the reference date
    /// included) run again, and so, in turn, do the ones that read what those assign; the other layers are
    /// taken over as they are. <paramref name="document"/> is left unchanged.
    /// </summary>
    public AnalyzedArticle Reanalyze(AnalyzedArticle document, IReadOnlyCollection<Layer> changed)
    {
        ArgumentNullException.ThrowIfNull(document);
        var dirty = new HashSet<Layer>(changed);
        object?[]? layers = null;
        foreach (var component in Components)
        {
            if (!component.Requires.Any(dirty.Contains) && !component.ReadsWhenPresent.Any(dirty.Contains))
                continue;
            layers ??= document.CopyLayers(Layer.Count);
            Run(component, document.Article, document.ReferenceDate, layers);
            dirty.UnionWith(component.Assigns);
        }
        return layers is null ? document : new AnalyzedArticle(document.Article, document.ReferenceDate, layers);
    }

    /// <summary>The components <see cref="Reanalyze"/> would run for a change of <paramref name="changed"/>, in order.</summary>
    public IReadOnlyList<IAnalysisComponent> Dependents(IReadOnlyCollection<Layer> changed)
    {
        var dirty = new HashSet<Layer>(changed);
        var result = new List<IAnalysisComponent>();
        foreach (var component in Components)
        {
            if (!component.Requires.Any(dirty.Contains) && !component.ReadsWhenPresent.Any(dirty.Contains))
                continue;
            result.Add(component);
            dirty.UnionWith(component.Assigns);
        }
        return result;
    }

    private static void Run(IAnalysisComponent component, Article article, PublicationDate? referenceDate, object?[] layers)
    {
        foreach (var layer in component.Assigns)
            layers[layer.Ordinal] = null;
        component.Process(new AnalysisContext(article, referenceDate, layers, component));
        foreach (var layer in component.Assigns)
        {
            if (layers[layer.Ordinal] is null)
                throw new InvalidOperationException($"analysis component '{component.Name}' did not set layer '{layer.Name}', which it assigns");
        }
    }

    /// <summary>Every component Parallax ships, in dependency order.</summary>
    public static AnalysisPipeline CreateDefault() => new AnalysisPipelineBuilder().AddDefaults().Build();
}
