using System.Text.RegularExpressions;
using Parallax.Analysis;
using Parallax.Model;

namespace Parallax.Stories;

/// <summary>
/// Publication days inferred from a story: an undated article is given the day of a dated article of the
/// same story that its own text agrees with — the day whose weekday (or the day before's) the article
/// names ("held on Friday" beside another outlet's Fri Dec 23, 2016). Without such evidence, nothing is
/// inferred. The origin is recorded as <see cref="Origin"/>.
/// </summary>
internal static partial class StoryDates
{
    public const string Origin = "story";

    /// <summary>Returns the inferred day for each article (null where none), by position.</summary>
    public static PublicationDate?[] Infer(IReadOnlyList<AnalyzedArticle> story)
    {
        var result = new PublicationDate?[story.Count];
        var days = story.Where(a => a.Article.Published is not null).Select(a => a.Article.Published!.Value.Day).Distinct().Order().ToList();
        if (days.Count == 0)
            return result;
        for (int i = 0; i < story.Count; i++)
        {
            if (story[i].Article.Published is not null)
                continue;
            var named = Weekdays(story[i].Text);
            if (named.Count == 0)
                continue;
            // Same-day reports name the day itself; next-day ones name yesterday.
            var best = days
                .Select(d => (Day: d, Score: named.Count(w => w == d.DayOfWeek) * 2 + named.Count(w => w == d.AddDays(-1).DayOfWeek)))
                .Where(x => x.Score > 0)
                .OrderByDescending(x => x.Score).ThenBy(x => x.Day)
                .FirstOrDefault();
            if (best.Score > 0)
                result[i] = PublicationDate.FromDay(best.Day);
        }
        return result;
    }

    private static List<DayOfWeek> Weekdays(string text)
    {
        var list = new List<DayOfWeek>();
        foreach (Match m in WeekdayPattern().Matches(text))
            list.Add(Enum.Parse<DayOfWeek>(m.Groups[1].Value, ignoreCase: true));
        return list;
    }

    [GeneratedRegex(@"\b(?:on|last|this|earlier on|late on|early on)\s+(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b", RegexOptions.CultureInvariant)]
    private static partial Regex WeekdayPattern();
}
