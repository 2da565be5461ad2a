using System.Globalization;
using Parallax.Analysis;

namespace Parallax.Stories;

/// <summary>
/// What story grouping reads of an article: its title, text, the canonical names of its entities and its
/// publication time. A store can keep these and replay them into a new grouper without analysing again.
/// </summary>
internal sealed record StoryDocument(string? Title, string Text, IReadOnlyList<string> Names, DateTime? Time)
{
    /// <summary>
    /// The calendar days the text names exactly ("on Tuesday", "Dec. 3", "yesterday", resolved against the
    /// publication date), within a week before it: a late report names the day of the event it reports
    /// (<see cref="FeatureExtractor.EventDay"/>, docs/stories.md "Time").
    /// </summary>
    public IReadOnlyList<DateTime> NamedDays { get; init; } = [];

    /// <summary>The grouping input of an analyzed article (entity names when the entity layer found any).</summary>
    public static StoryDocument From(AnalyzedArticle article)
    {
        var a = article.Article;
        var names = article.Entities.Count == 0 ? [] : article.Entities.Select(e => e.Name).ToArray();
        return new StoryDocument(a.Title, a.Text, names, a.Published?.Value) { NamedDays = NamedDaysOf(article) };
    }

    /// <summary>How far back from publication a named day is kept.</summary>
    public const int NamedDaysBack = 6;

    /// <summary>The distinct exact days the article's dates name, from <see cref="NamedDaysBack"/> days before publication to its day.</summary>
    internal static DateTime[] NamedDaysOf(AnalyzedArticle article)
    {
        if (article.Article.Published?.Value is not { } published || !article.Has(Layers.Dates))
            return [];
        var day = published.Date;
        List<DateTime>? days = null;
        foreach (var t in article.Get(Layers.Dates))
        {
            if (t.Type != TimexType.Date || t.Value is not { Length: 10 } v
                || !DateTime.TryParseExact(v, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
                continue;
            double back = (day - d).TotalDays;
            if (back is < 0 or > NamedDaysBack || (days?.Contains(d) ?? false))
                continue;
            (days ??= []).Add(d);
        }
        return days is null ? [] : [.. days];
    }
}
