namespace Parallax.Analysis;

/// <summary>Collects components and checks, on <see cref="Build"/>, that each one's requirements are assigned before it runs.</summary>
public sealed class AnalysisPipelineBuilder
{
    private readonly List<IAnalysisComponent> _components = [];

    public AnalysisPipelineBuilder Add(IAnalysisComponent component)
    {
        _components.Add(component);
        return this;
    }

    /// <summary>The shipped components. Each analysis component adds its line here, after what it requires.</summary>
    public AnalysisPipelineBuilder AddDefaults()
    {
        Add(new Sentences.SentenceSplitter());
        Add(new Entities.EntityRecognizer());
        Add(new Quotes.QuoteExtractor()); // uses entities, when present, for canonical speaker names
        Add(new Citations.CitationExtractor());
        Add(new Quantities.QuantityExtractor());
        Add(new Dates.TemporalTagger());
        return this;
    }

    public AnalysisPipeline Build()
    {
        var assigned = new HashSet<string>(StringComparer.Ordinal);
        foreach (var c in _components)
        {
            var missing = c.Requires.Where(r => !assigned.Contains(r)).ToList();
            if (missing.Count > 0)
                throw new InvalidOperationException($"analysis component '{c.Name}' requires {string.Join(", ", missing)}, which no earlier component assigns");
            assigned.UnionWith(c.Assigns);
        }
        return new AnalysisPipeline(_components.ToArray());
    }
}
