using Parallax.Analysis;
using Parallax.Analysis.Dates;
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

    /// <summary>An article published on <paramref name="published"/>, with its dates resolved against that day.</summary>
    public static AnalyzedArticle Dated(string id, string text, DateOnly published)
    {
        var article = new Article { Id = id, Source = id + ".txt", Text = text, Published = PublicationDate.FromDay(published) };
        return new AnalyzedArticle(article).With(Layers.Sentences, SentenceSplitter.Split(text)).With(Layers.Quantities, Extract(text))
            .With(Layers.Dates, TemporalTagger.Tag(text, published));
    }

    /// <summary>One dated article per (text, publication day) and the figure groups across them.</summary>
    public static (AnalyzedArticle[] Docs, IReadOnlyList<FigureGroup> Groups) GroupDated(params (string Text, DateOnly Published)[] articles)
    {
        var docs = articles.Select((a, i) => Dated("a" + i, a.Text, a.Published)).ToArray();
        return (docs, new FigureGrouper().Group(docs));
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

    /// <summary>Every group as "article:text, …", for an assertion's message.</summary>
    public static string Show(AnalyzedArticle[] docs, IReadOnlyList<FigureGroup> groups) =>
        string.Join(" / ", groups.Select(g => string.Join(", ", g.Members.Select(m => m.Article + ":" + docs[m.Article].Quantities[m.Index].Text))));

    /// <summary>The group holding a figure of <paramref name="article"/> whose text is <paramref name="text"/>, or null.</summary>
    public static FigureGroup? GroupOf(AnalyzedArticle[] docs, IReadOnlyList<FigureGroup> groups, int article, string text) =>
        groups.FirstOrDefault(g => g.Members.Any(m => m.Article == article && docs[article].Quantities[m.Index].Text == text));

    /// <summary>The group holding article 0's figure <paramref name="first"/> and article 1's <paramref name="second"/>, or null.</summary>
    public static FigureGroup? GroupOfBoth(AnalyzedArticle[] docs, IReadOnlyList<FigureGroup> groups, string first, string second) =>
        groups.FirstOrDefault(g => g.Members.Any(m => m.Article == 0 && docs[0].Quantities[m.Index].Text == first)
            && g.Members.Any(m => m.Article == 1 && docs[1].Quantities[m.Index].Text == second));
}
