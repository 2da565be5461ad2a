using Parallax.Analysis.Tokens;
using Parallax.Model;

namespace Parallax.Analysis;

/// <summary>
/// An article and the span layers analysis puts over its <see cref="Text"/>. Like a spaCy Doc, it owns the
/// text once; every annotation is an offset range into it, never a copy to keep in sync. Immutable and
/// thread-safe: a change (a story's date, a layer replaced) is a new document (<see cref="With{T}"/>,
/// <see cref="WithReferenceDate"/>), and the one it came from is left as it was.
/// </summary>
public sealed class AnalyzedArticle
{
    private readonly object?[] _layers;

    /// <summary>An article with no layers yet; its reference date is its publication date.</summary>
    public AnalyzedArticle(Article article)
        : this(article, article.Published, [])
    {
    }

    internal AnalyzedArticle(Article article, PublicationDate? referenceDate, object?[] layers)
    {
        Article = article;
        ReferenceDate = referenceDate;
        _layers = layers;
    }

    /// <summary>The article: metadata and clean text.</summary>
    public Article Article { get; }

    /// <summary>The clean text every span indexes into.</summary>
    public string Text => Article.Text;

    /// <summary>The date relative expressions resolve against: the publication day, or one a story supplied later.</summary>
    public PublicationDate? ReferenceDate { get; }

    /// <summary>Whether the layer is present (a component assigned it, or it was set).</summary>
    public bool Has(Layer layer) => layer.Ordinal < _layers.Length && _layers[layer.Ordinal] is not null;

    /// <summary>The layer's items, in text order; throws when the layer is absent.</summary>
    public IReadOnlyList<T> Get<T>(Layer<T> layer) =>
        Has(layer) ? (IReadOnlyList<T>)_layers[layer.Ordinal]! : throw new InvalidOperationException($"the document has no '{layer.Name}' layer");

    /// <summary>The layer's items, or an empty list when the layer is absent.</summary>
    public IReadOnlyList<T> GetOrEmpty<T>(Layer<T> layer) => Has(layer) ? (IReadOnlyList<T>)_layers[layer.Ordinal]! : [];

    /// <summary>The layers present, in layer order.</summary>
    public IEnumerable<Layer> Layers => Analysis.Layers.All.Where(Has);

    /// <summary>A new document with <paramref name="layer"/> set to a copy of <paramref name="items"/>.</summary>
    public AnalyzedArticle With<T>(Layer<T> layer, IEnumerable<T> items) => WithOwned(layer, items.ToArray());

    /// <summary>A new document without <paramref name="layer"/>.</summary>
    public AnalyzedArticle Without(Layer layer)
    {
        if (!Has(layer))
            return this;
        var layers = (object?[])_layers.Clone();
        layers[layer.Ordinal] = null;
        return new AnalyzedArticle(Article, ReferenceDate, layers);
    }

    /// <summary>A new document whose relative dates resolve against <paramref name="date"/> (the layers are kept; see <see cref="AnalysisPipeline.Reanalyze"/>).</summary>
    public AnalyzedArticle WithReferenceDate(PublicationDate? date) => new(Article, date, _layers);

    /// <summary>A new document over another version of the article's metadata; the text must be the same, since every span indexes it.</summary>
    public AnalyzedArticle WithArticle(Article article)
    {
        if (!string.Equals(article.Text, Article.Text, StringComparison.Ordinal))
            throw new ArgumentException("the article's text differs: its layers would not index it", nameof(article));
        return new AnalyzedArticle(article, ReferenceDate, _layers);
    }

    /// <summary>Sets a layer without copying: the caller hands the list over and never changes it again.</summary>
    internal AnalyzedArticle WithOwned<T>(Layer<T> layer, IReadOnlyList<T> items)
    {
        var layers = new object?[Math.Max(_layers.Length, layer.Ordinal + 1)];
        Array.Copy(_layers, layers, _layers.Length);
        layers[layer.Ordinal] = items;
        return new AnalyzedArticle(Article, ReferenceDate, layers);
    }

    /// <summary>A copy of the layer table, for a pipeline re-running some components.</summary>
    internal object?[] CopyLayers(int length)
    {
        var layers = new object?[Math.Max(length, _layers.Length)];
        Array.Copy(_layers, layers, _layers.Length);
        return layers;
    }

    /// <summary>Tokens (<see cref="Layers.Tokens"/>), or none when absent.</summary>
    public IReadOnlyList<Token> Tokens => GetOrEmpty(Analysis.Layers.Tokens);

    /// <summary>Sentences (<see cref="Layers.Sentences"/>), or none when absent.</summary>
    public IReadOnlyList<TextSpan> Sentences => GetOrEmpty(Analysis.Layers.Sentences);

    /// <summary>Entity mentions (<see cref="Layers.Entities"/>), or none when absent.</summary>
    public IReadOnlyList<EntityMention> Entities => GetOrEmpty(Analysis.Layers.Entities);

    /// <summary>Quotes (<see cref="Layers.Quotes"/>), or none when absent.</summary>
    public IReadOnlyList<Quote> Quotes => GetOrEmpty(Analysis.Layers.Quotes);

    /// <summary>Quantities (<see cref="Layers.Quantities"/>), or none when absent.</summary>
    public IReadOnlyList<Quantity> Quantities => GetOrEmpty(Analysis.Layers.Quantities);

    /// <summary>Temporal expressions (<see cref="Layers.Dates"/>), or none when absent.</summary>
    public IReadOnlyList<TimeExpression> Dates => GetOrEmpty(Analysis.Layers.Dates);

    /// <summary>Citations (<see cref="Layers.Citations"/>), or none when absent.</summary>
    public IReadOnlyList<Citation> Citations => GetOrEmpty(Analysis.Layers.Citations);
}
