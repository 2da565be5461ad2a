using Parallax.Model;

namespace Parallax.Analysis;

/// <summary>
/// What one component sees of the document while it runs: the text, the layers it declared it reads, and the
/// layers it assigns. Reading an undeclared layer, or setting one the component does not assign, throws: a
/// pipeline's declarations are what it does.
/// </summary>
public sealed class AnalysisContext
{
    private readonly object?[] _layers;
    private readonly IAnalysisComponent _component;
    private readonly PublicationDate? _referenceDate;

    internal AnalysisContext(Article article, PublicationDate? referenceDate, object?[] layers, IAnalysisComponent component)
    {
        Article = article;
        _referenceDate = referenceDate;
        _layers = layers;
        _component = component;
    }

    /// <summary>The article under analysis.</summary>
    public Article Article { get; }

    /// <summary>The article's clean text, which every span indexes into.</summary>
    public string Text => Article.Text;

    /// <summary>The date relative expressions resolve against; readable by a component that declares <see cref="Layers.ReferenceDate"/>.</summary>
    public PublicationDate? ReferenceDate
    {
        get
        {
            if (!Declares(_component.Requires, Layers.ReferenceDate) && !Declares(_component.ReadsWhenPresent, Layers.ReferenceDate))
                throw Undeclared(Layers.ReferenceDate);
            return _referenceDate;
        }
    }

    /// <summary>
    /// A layer the component requires, or reads when present (empty when absent). Throws for a layer the
    /// component did not declare.
    /// </summary>
    public IReadOnlyList<T> Get<T>(Layer<T> layer)
    {
        bool required = Declares(_component.Requires, layer);
        if (!required && !Declares(_component.ReadsWhenPresent, layer))
            throw Undeclared(layer);
        var items = layer.Ordinal < _layers.Length ? _layers[layer.Ordinal] : null;
        if (items is null && required)
            throw new InvalidOperationException($"analysis component '{_component.Name}' requires layer '{layer.Name}', which is absent");
        return (IReadOnlyList<T>?)items ?? [];
    }

    /// <summary>Whether a layer the component reads when present is there.</summary>
    public bool Has(Layer layer)
    {
        if (!Declares(_component.Requires, layer) && !Declares(_component.ReadsWhenPresent, layer))
            throw Undeclared(layer);
        return layer.Ordinal < _layers.Length && _layers[layer.Ordinal] is not null;
    }

    /// <summary>
    /// Sets a layer the component assigns. The document takes the list as it is: the component must not
    /// change it afterwards.
    /// </summary>
    public void Set<T>(Layer<T> layer, IReadOnlyList<T> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        if (!Declares(_component.Assigns, layer))
            throw new InvalidOperationException($"analysis component '{_component.Name}' sets layer '{layer.Name}' without declaring that it assigns it");
        _layers[layer.Ordinal] = items;
    }

    private InvalidOperationException Undeclared(Layer layer) =>
        new($"analysis component '{_component.Name}' reads layer '{layer.Name}' without declaring it (Requires or ReadsWhenPresent)");

    private static bool Declares(IReadOnlyList<Layer> declared, Layer layer)
    {
        for (int i = 0; i < declared.Count; i++)
        {
            if (ReferenceEquals(declared[i], layer))
                return true;
        }
        return false;
    }
}
