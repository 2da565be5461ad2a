using Parallax.Model;

namespace Parallax.Analysis;

/// <summary>
/// An article and the span layers analysis puts over its <see cref="Text"/>. Like a spaCy Doc, it owns
/// the text once; every annotation is an offset range into it, never a copy to keep in sync.
/// Components fill the layers in pipeline order; after the pipeline it is read-only by convention.
/// </summary>
public sealed class AnalyzedArticle(Article article)
{
    public Article Article { get; } = article;

    public string Text => Article.Text;

    /// <summary>The date relative expressions resolve against: the publication day, or one a story supplied later.</summary>
    public PublicationDate? ReferenceDate { get; set; } = article.Published;

    public List<TextSpan> Sentences { get; } = [];
    public List<EntityMention> Entities { get; } = [];
    public List<Quote> Quotes { get; } = [];
    public List<Quantity> Quantities { get; } = [];
    public List<TimeExpression> Dates { get; } = [];
    public List<Citation> Citations { get; } = [];
}
