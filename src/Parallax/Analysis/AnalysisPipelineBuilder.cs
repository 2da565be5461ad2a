namespace Parallax.Analysis;

/// <summary>
/// Collects components, Markdig-style: add them in order, or place one relative to another by type. On
/// <see cref="Build"/> it checks the declarations: every required layer is assigned by an earlier component,
/// no layer is assigned twice, and a layer read when present is not assigned only later.
/// </summary>
public sealed class AnalysisPipelineBuilder
{
    private readonly List<IAnalysisComponent> _components = [];

    /// <summary>The components so far, in order.</summary>
    public IReadOnlyList<IAnalysisComponent> Components => _components;

    /// <summary>Adds a component at the end.</summary>
    public AnalysisPipelineBuilder Add(IAnalysisComponent component)
    {
        ArgumentNullException.ThrowIfNull(component);
        _components.Add(component);
        return this;
    }

    /// <summary>The shipped components, in dependency order. Each analysis component adds its line here, after what it requires.</summary>
    public AnalysisPipelineBuilder AddDefaults()
    {
        Add(new Tokens.Tokenizer());
        Add(new Sentences.SentenceSplitter());
        Add(new Entities.EntityRecognizer());
        Add(new Quotes.QuoteExtractor()); // uses entities, when present, for canonical speaker names
        Add(new Citations.CitationExtractor());
        Add(new Quantities.QuantityExtractor());
        Add(new Dates.TemporalTagger());
        return this;
    }

    /// <summary>Puts <paramref name="component"/> right before the first component of type <typeparamref name="T"/>.</summary>
    public AnalysisPipelineBuilder InsertBefore<T>(IAnalysisComponent component) where T : IAnalysisComponent
    {
        ArgumentNullException.ThrowIfNull(component);
        _components.Insert(IndexOf<T>(), component);
        return this;
    }

    /// <summary>Puts <paramref name="component"/> right after the first component of type <typeparamref name="T"/>.</summary>
    public AnalysisPipelineBuilder InsertAfter<T>(IAnalysisComponent component) where T : IAnalysisComponent
    {
        ArgumentNullException.ThrowIfNull(component);
        _components.Insert(IndexOf<T>() + 1, component);
        return this;
    }

    /// <summary>Puts <paramref name="component"/> in the place of the first component of type <typeparamref name="T"/>.</summary>
    public AnalysisPipelineBuilder Replace<T>(IAnalysisComponent component) where T : IAnalysisComponent
    {
        ArgumentNullException.ThrowIfNull(component);
        _components[IndexOf<T>()] = component;
        return this;
    }

    /// <summary>Removes the first component of type <typeparamref name="T"/>.</summary>
    public AnalysisPipelineBuilder Remove<T>() where T : IAnalysisComponent
    {
        _components.RemoveAt(IndexOf<T>());
        return this;
    }

    /// <summary>Checks the declarations and returns the immutable, thread-safe pipeline.</summary>
    /// <exception cref="InvalidOperationException">A declaration does not hold; the message names the component and the layer.</exception>
    public AnalysisPipeline Build()
    {
        var assignedBy = new Dictionary<Layer, IAnalysisComponent> { [Layers.ReferenceDate] = Document };
        for (int i = 0; i < _components.Count; i++)
        {
            var c = _components[i];
            foreach (var layer in c.Requires)
            {
                if (!assignedBy.ContainsKey(layer))
                    throw new InvalidOperationException(Later(i, layer) is { } later
                        ? $"analysis component '{c.Name}' requires layer '{layer.Name}', which '{later.Name}' assigns only after it"
                        : $"analysis component '{c.Name}' requires layer '{layer.Name}', which no earlier component assigns");
            }
            foreach (var layer in c.ReadsWhenPresent)
            {
                if (!assignedBy.ContainsKey(layer) && Later(i, layer) is { } later)
                    throw new InvalidOperationException(
                        $"analysis component '{c.Name}' reads layer '{layer.Name}' when present, but '{later.Name}' assigns it only after it");
            }
            foreach (var layer in c.Assigns)
            {
                if (assignedBy.TryGetValue(layer, out var earlier))
                    throw new InvalidOperationException($"analysis component '{c.Name}' assigns layer '{layer.Name}', which '{earlier.Name}' already assigns");
                assignedBy[layer] = c;
            }
        }
        return new AnalysisPipeline([.. _components]);
    }

    private IAnalysisComponent? Later(int index, Layer layer) =>
        _components.Skip(index + 1).FirstOrDefault(c => c.Assigns.Contains(layer));

    private int IndexOf<T>()
    {
        int i = _components.FindIndex(c => c is T);
        return i >= 0 ? i : throw new InvalidOperationException($"the pipeline has no {typeof(T).Name} component");
    }

    /// <summary>Stands for the document itself, which brings the reference date.</summary>
    private static readonly IAnalysisComponent Document = new DocumentInputs();

    private sealed class DocumentInputs : IAnalysisComponent
    {
        public string Name => "document";
        public IReadOnlyList<Layer> Requires => [];
        public IReadOnlyList<Layer> Assigns => [Layers.ReferenceDate];
        public void Process(AnalysisContext context) { }
    }
}
