using Parallax.Analysis.Tokens;
using Parallax.Model;

namespace Parallax.Analysis;

/// <summary>The span layers Parallax's components assign (see <see cref="IAnalysisComponent"/>).</summary>
public static class Layers
{
    /// <summary>Words and punctuation characters, in text order (<see cref="Tokenizer"/>).</summary>
    public static readonly Layer<Token> Tokens = new("tokens");

    /// <summary>Sentence spans, in text order.</summary>
    public static readonly Layer<TextSpan> Sentences = new("sentences");

    /// <summary>Person, organization and place mentions with their canonical names.</summary>
    public static readonly Layer<EntityMention> Entities = new("entities");

    /// <summary>Direct quotes and reported speech with their speakers.</summary>
    public static readonly Layer<Quote> Quotes = new("quotes");

    /// <summary>Quantities with what they count.</summary>
    public static readonly Layer<Quantity> Quantities = new("quantities");

    /// <summary>Temporal expressions with their TimeML values.</summary>
    public static readonly Layer<TimeExpression> Dates = new("dates");

    /// <summary>Outlets and agencies the article cites.</summary>
    public static readonly Layer<Citation> Citations = new("citations");

    /// <summary>
    /// Not a span layer but the document's reference date (<see cref="AnalyzedArticle.ReferenceDate"/>), always
    /// present: a component that resolves against it reads it, so a story pass that changes the date re-runs
    /// exactly those components.
    /// </summary>
    public static readonly Layer<PublicationDate> ReferenceDate = new("reference-date");

    /// <summary>Every shipped span layer, in the order the default pipeline assigns them.</summary>
    public static IReadOnlyList<Layer> All { get; } = [Tokens, Sentences, Entities, Quotes, Citations, Quantities, Dates];
}
