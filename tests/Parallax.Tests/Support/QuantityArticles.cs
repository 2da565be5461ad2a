using Parallax.Analysis;
using Parallax.Analysis.Quantities;
using Parallax.Analysis.Sentences;
using Parallax.Model;

namespace Parallax.Tests.Support;

/// <summary>Hand-written articles with sentences and the real quantity extractor's quantities, for the figure tests.</summary>
internal static class QuantityArticles
{
    public static List<Quantity> Extract(string text)
    {
        var quantities = new List<Quantity>();
        QuantityParser.Extract(text, quantities);
        return quantities;
    }

    public static AnalyzedArticle Analyzed(string id, string text)
    {
        var article = new Article { Id = id, Source = id + ".txt", Text = text };
        return new AnalyzedArticle(article).With(Layers.Sentences, SentenceSplitter.Split(text)).With(Layers.Quantities, Extract(text));
    }
}
