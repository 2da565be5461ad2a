using Parallax.Analysis;
using Parallax.Analysis.Quantities;
using Parallax.Analysis.Sentences;
using Parallax.Comparison.Figures;
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

    /// <summary>One article per text ("a0", "a1", …) and the figure groups across them.</summary>
    public static (AnalyzedArticle[] Docs, IReadOnlyList<FigureGroup> Groups) Group(params string[] texts)
    {
        var docs = texts.Select((t, i) => Analyzed("a" + i, t)).ToArray();
        return (docs, new FigureGrouper().Group(docs));
    }

    /// <summary>The quantity texts of a group's members, in order.</summary>
    public static string[] Texts(AnalyzedArticle[] docs, FigureGroup g) =>
        g.Members.Select(m => docs[m.Article].Quantities[m.Index].Text).ToArray();
}
