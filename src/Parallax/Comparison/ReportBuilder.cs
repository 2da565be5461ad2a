using Parallax.Analysis;
using Parallax.Comparison.Figures;
using Parallax.Comparison.Report;
using Parallax.Stories;

namespace Parallax.Comparison;

/// <summary>
/// From stories of analysed documents to the report: compares each story's coverage and numbers every fact
/// under its article's id. It neither groups nor analyses: <see cref="StoryBatch"/> forms the stories and
/// runs their story pass first.
/// </summary>
public sealed class ReportBuilder
{
    private readonly StoryComparer _comparer;

    /// <summary>A builder with the shipped comparison.</summary>
    public ReportBuilder()
        : this(null)
    {
    }

    internal ReportBuilder(StoryComparer? comparer) => _comparer = comparer ?? new StoryComparer();

    /// <summary>The report of the batch's stories.</summary>
    public ComparisonReport Build(StoryBatch batch) => Build(batch, CancellationToken.None);

    /// <summary>The report of the batch's stories; <paramref name="cancel"/> is checked per story and between its comparison stages.</summary>
    public ComparisonReport Build(StoryBatch batch, CancellationToken cancel)
    {
        ArgumentNullException.ThrowIfNull(batch);
        // Durations written as modifiers ("a two-year ban"), ordinals that count ("the 20th anniversary") and multipliers in
        // words ("twice as likely") are figures of the comparison, not quantities of the analysis.
        var articles = batch.Articles.Select(ComparisonFigures.With).ToList();
        var reportArticles = articles.Select((a, i) => ReportArticles.FromAnalysis(a, batch.Lines?[i])).ToList();
        var stories = new List<ReportStory>();
        for (int g = 0; g < batch.Stories.Count; g++)
        {
            cancel.ThrowIfCancellationRequested();
            var members = batch.Stories[g];
            var storyArticles = members.Select(i => articles[i]).ToList();
            var comparison = _comparer.Compare(storyArticles, cancel);
            stories.Add(ToReport(batch.StoryIds[g], comparison, members.Select(i => reportArticles[i]).ToList()));
        }
        return new ComparisonReport { Articles = reportArticles, Stories = stories };
    }

    /// <summary>
    /// The speaker a quote group names: the one most outlets (articles) of the group give, since the alignment
    /// takes the speaker as evidence and one outlet's attribution may be wrong; of equally many, the first given.
    /// </summary>
    private static string? GroupSpeaker(StoryComparison c, IReadOnlyList<Parallax.Comparison.Quotes.QuoteRef> group) =>
        group.Select(r => (r.Article, Speaker: c.Articles[r.Article].Quotes[r.Index].Speaker))
            .Where(x => x.Speaker is not null)
            .GroupBy(x => x.Speaker!, StringComparer.Ordinal)
            .OrderByDescending(x => x.Select(y => y.Article).Distinct().Count())
            .ThenByDescending(x => x.Count())
            .Select(x => x.Key).FirstOrDefault();

    private static ReportStory ToReport(string id, StoryComparison c, IReadOnlyList<ReportArticle> members) => new()
    {
        Id = id,
        Title = members.Select(m => m.Title).FirstOrDefault(t => !string.IsNullOrWhiteSpace(t)),
        Articles = members.Select(m => m.Id).ToList(),
        Quotes = c.QuoteGroups.Select(g => new ReportQuoteGroup(
            GroupSpeaker(c, g),
            g.Select(r => members[r.Article].Quotes![r.Index].Id).ToList())).ToList(),
        Figures = c.FigureGroups.Select(g => new ReportFigureGroup(
            g.About, g.Members.Select(r => members[r.Article].Quantities![r.Index].Id).ToList(), g.Agree)
        {
            Why = g.Why,
            Earlier = g.Earlier.Count == 0 ? null : g.Earlier.Select(r => members[r.Article].Quantities![r.Index].Id).ToList(),
        }).ToList(),
        Framing = c.Framing.Select(f => new ReportFraming(f.Family, f.Terms,
            f.Counts.Select((counts, i) => (members[i].Id, counts)).ToDictionary(x => x.Id, x => x.counts))).ToList(),
        Exclusives = c.Exclusives.Select((e, i) => new ReportExclusives(members[i].Id, e.People,
            e.Sentences.Select(s => new ReportSentence(members[i].Text[s.Start..s.End], [s.Start, s.End])).ToList()))
            .Where(e => members.Count > 1 && (e.People.Count > 0 || e.Sentences.Count > 0)).ToList(),
    };
}
