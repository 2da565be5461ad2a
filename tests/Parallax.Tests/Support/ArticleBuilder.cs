using Parallax.Analysis.Sentences;
using Parallax.Analysis;
using Parallax.Model;

namespace Parallax.Tests.Support;

/// <summary>Builds small analyzed articles by hand: text plus quotes and quantities located by their words.</summary>
internal sealed class ArticleBuilder(string id, string text)
{
    private readonly List<Quote> _quotes = [];
    private readonly List<Quantity> _quantities = [];

    public string? Title { get; init; }
    public string? Outlet { get; init; }
    public DateTime? Published { get; init; }

    public ArticleBuilder Quote(string words, string? speaker, bool direct = true)
    {
        int at = text.IndexOf(words, StringComparison.Ordinal);
        Assert.True(at >= 0, $"'{words}' is not in the text");
        _quotes.Add(new Quote(new TextSpan(at, at + words.Length), words, direct) { Speaker = speaker });
        return this;
    }

    public ArticleBuilder Quantity(string words, double value, string unit)
    {
        int at = text.IndexOf(words, StringComparison.Ordinal);
        Assert.True(at >= 0, $"'{words}' is not in the text");
        _quantities.Add(new Quantity(new TextSpan(at, at + words.Length), words, value) { Unit = unit });
        return this;
    }

    public AnalyzedArticle Build()
    {
        var article = new Article
        {
            Id = id,
            Source = id + ".txt",
            Text = text,
            Title = Title,
            Outlet = Outlet,
            Published = Published is { } p ? new PublicationDate(p, false) : null,
        };
        return new AnalyzedArticle(article).With(Layers.Sentences, SentenceSplitter.Split(text))
            .With(Layers.Quotes, _quotes).With(Layers.Quantities, _quantities);
    }
}
