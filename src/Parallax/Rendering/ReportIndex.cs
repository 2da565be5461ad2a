using Parallax.Comparison.Report;

namespace Parallax.Rendering;

/// <summary>Look-ups over a report shared by the renderers: articles, quotes and figures by id, and a story's exclusives.</summary>
public sealed class ReportIndex
{
    private readonly Dictionary<string, ReportArticle> _articles;
    private readonly Dictionary<string, (ReportArticle Article, ReportQuote Quote)> _quotes = [];
    private readonly Dictionary<string, (ReportArticle Article, ReportQuantity Quantity)> _quantities = [];

    /// <summary>Indexes a report's articles, quotes and quantities by id.</summary>
    public ReportIndex(ComparisonReport report)
    {
        Report = report;
        _articles = report.Articles.ToDictionary(a => a.Id);
        foreach (var a in report.Articles)
        {
            foreach (var q in a.Quotes ?? [])
                _quotes[q.Id] = (a, q);
            foreach (var n in a.Quantities ?? [])
                _quantities[n.Id] = (a, n);
        }
    }

    /// <summary>The indexed report.</summary>
    public ComparisonReport Report { get; }

    /// <summary>The article with that id.</summary>
    public ReportArticle Article(string id) => _articles[id];

    /// <summary>The quote with that id and the article it is in.</summary>
    public (ReportArticle Article, ReportQuote Quote) Quote(string id) => _quotes[id];

    /// <summary>The quantity with that id and the article it is in.</summary>
    public (ReportArticle Article, ReportQuantity Quantity) Quantity(string id) => _quantities[id];

    /// <summary>Whether a figure group's member is its article's earlier report of the count (<see cref="ReportFigureGroup.Earlier"/>).</summary>
    public static bool IsEarlier(ReportFigureGroup group, string quantityId) => group.Earlier?.Contains(quantityId) == true;

    /// <summary>The name an article goes by in a report: its outlet, else its id.</summary>
    public static string Label(ReportArticle a) => a.Outlet ?? a.Id;

    /// <summary>"Lagos, Nigeria" from a dateline and its region; null without a dateline.</summary>
    public static string? Place(ReportArticle a) =>
        a.Dateline is null ? null : a.DatelineRegion is { Length: > 0 } region ? $"{a.Dateline}, {region}" : a.Dateline;

    /// <summary>
    /// An article's line under its title in the text and HTML reports: publication date, dateline place, the wire agency
    /// when it is not the outlet itself ("via AFP"), and the authors, joined by " · "; empty when none is known.
    /// </summary>
    public static string Meta(ReportArticle a)
    {
        var agency = a.Agency is { Length: > 0 } ag && !string.Equals(ag, a.Outlet, StringComparison.OrdinalIgnoreCase) ? "via " + ag : null;
        var authors = a.Authors.Count > 0 ? "by " + string.Join(", ", a.Authors) : null;
        return string.Join(" · ", new[] { a.Published, Place(a), agency, authors }.Where(x => x is not null));
    }

    /// <summary>
    /// A quote as plain text: direct speech in quotation marks, reported speech without them and marked as a paraphrase, so
    /// "the bank said it would act" never reads as the bank's own words.
    /// </summary>
    public static string Shown(ReportQuote q) => q.Direct ? $"\u201C{q.Text}\u201D" : $"({Paraphrase}) {q.Text}";

    /// <summary>The mark reported speech carries wherever a report shows it.</summary>
    public const string Paraphrase = "paraphrase";

    /// <summary>Quote groups of a story with members from two or more articles.</summary>
    public static IEnumerable<ReportQuoteGroup> SharedQuotes(ReportStory s, ReportIndex index) =>
        s.Quotes.Where(g => g.Members.Select(m => index.Quote(m).Article.Id).Distinct().Count() > 1);

    /// <summary>Quotes only one article of the story has, by article.</summary>
    public IEnumerable<(ReportArticle Article, IReadOnlyList<ReportQuote> Quotes)> ExclusiveQuotes(ReportStory s)
    {
        if (s.Articles.Count < 2)
            yield break;
        var single = s.Quotes.Where(g => g.Members.Select(m => Quote(m).Article.Id).Distinct().Count() == 1)
            .SelectMany(g => g.Members).Select(Quote).ToList();
        foreach (var id in s.Articles)
        {
            var quotes = single.Where(x => x.Article.Id == id).Select(x => x.Quote).ToList();
            if (quotes.Count > 0)
                yield return (Article(id), quotes);
        }
    }

    /// <summary>
    /// Figures only one article of the story has (not in any cross-article figure group); a bare unit of time ("within a
    /// month"), a counting ordinal ("for the third time in a year") and a multiplier in words ("twice") are left out:
    /// worth comparing, not worth listing alone.
    /// </summary>
    public IEnumerable<(ReportArticle Article, IReadOnlyList<ReportQuantity> Quantities)> ExclusiveFigures(ReportStory s)
    {
        if (s.Articles.Count < 2)
            yield break;
        var grouped = s.Figures.SelectMany(f => f.Members).ToHashSet();
        foreach (var id in s.Articles)
        {
            var a = Article(id);
            var only = (a.Quantities ?? []).Where(n => !grouped.Contains(n.Id) && n.Unit is not null && !Comparison.Figures.ComparisonFigures.IsMinor(n.Text)).ToList();
            if (only.Count > 0)
                yield return (a, only);
        }
    }
}
