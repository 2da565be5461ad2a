using Parallax.Analysis;
using Parallax.Comparison.Figures;
using Parallax.Tests.Support;

namespace Parallax.Tests.Comparison;

/// <summary>
/// Two different counts of one event whose sentences place them more than a week apart are two incidents' counts,
/// not a dispute ("an attack in July left 270 dead" beside the day's "39 killed"); a toll updated over a few days
/// ("rose to 1,941 on Tuesday" / "the quake on Saturday killed 1,419") and running totals ("since 2011") still meet.
/// Members must stay apart; look-alikes must still group.
/// </summary>
public class FigureDayFamiliesTests
{
    // A Thursday.
    private static readonly DateOnly Day = new(2021, 3, 4);

    private static FigureGroup? GroupOf(AnalyzedArticle[] docs, IReadOnlyList<FigureGroup> groups, int article, string text) =>
        groups.FirstOrDefault(g => g.Members.Any(m => m.Article == article && docs[article].Quantities[m.Index].Text == text));

    private static string Show(AnalyzedArticle[] docs, IReadOnlyList<FigureGroup> groups) =>
        string.Join(" / ", groups.Select(g => string.Join(", ", QuantityArticles.Texts(docs, g))));

    [Theory]
    // An earlier incident recalled by month, year or "last year" beside the day's toll.
    [InlineData("An earlier raid on the same town in January left 270 people dead.",
        "The raid on the town killed 39 people on Wednesday, medics said.", "270 people", "39 people")]
    [InlineData("In 2019 a car bomb at the same market killed 61 people.",
        "The car bomb at the market killed 17 people, police said.", "61 people", "17 people")]
    [InlineData("Last year a blast at the same depot killed 12 workers.",
        "A blast at the depot killed five workers on Tuesday, the company said.", "12 workers", "five workers")]
    // Both dated, weeks apart.
    [InlineData("On February 2 floods in the valley killed 44 people.",
        "Floods in the valley killed 16 people on Wednesday, rescuers said.", "44 people", "16 people")]
    public void Counts_of_one_event_more_than_a_week_apart_stay_apart(string a, string b, string first, string second)
    {
        var (docs, groups) = QuantityArticles.GroupDated((a, Day), (b, Day));
        var g = GroupOf(docs, groups, 0, first);
        Assert.True(g is null || g != GroupOf(docs, groups, 1, second), Show(docs, groups));
    }

    [Theory]
    // A toll updated days after the incident: the update's day and the incident's day are one incident.
    [InlineData("Officials raised the death toll from the weekend earthquake to 1,941 on Tuesday.",
        "The earthquake on Saturday killed at least 1,419 people, officials said.", "1,941", "1,419 people")]
    // The evening's toll and the next morning's.
    [InlineData("The storm killed 23 people on Monday night, officials said.",
        "The death toll from the storm rose to 31 on Tuesday, officials said.", "23 people", "31")]
    // A running total counted since a date long past.
    [InlineData("More than 280,000 people have been killed in the war since it began in 2011.",
        "The war has killed about 250,000 people, the monitor said.", "280,000 people", "250,000 people")]
    // One side names no day: the day's news.
    [InlineData("The raid on the town killed 39 people on Wednesday, medics said.",
        "The raid on the town killed 45 people, medics said.", "39 people", "45 people")]
    public void Counts_of_one_incident_days_apart_or_undated_still_meet(string a, string b, string first, string second)
    {
        var (docs, groups) = QuantityArticles.GroupDated((a, Day), (b, Day));
        var g = GroupOf(docs, groups, 0, first);
        Assert.True(g is not null && g == GroupOf(docs, groups, 1, second), Show(docs, groups));
        Assert.False(g!.Agree);
    }

    [Theory]
    // The same value given with two dates weeks apart is one figure misdated.
    [InlineData("On February 2 the quake in the valley killed 1,419 people.",
        "The quake in the valley killed 1,419 people on Wednesday, rescuers said.", "1,419 people", "1,419 people")]
    [InlineData("On February 2 floods in the valley killed 11 people.",
        "Floods in the valley killed 11 people on Wednesday, rescuers said.", "11 people", "11 people")]
    // The same small count where one sentence names no day.
    [InlineData("In the valley floods killed 11 people, rescuers said.",
        "Floods in the valley killed 11 people on Wednesday, rescuers said.", "11 people", "11 people")]
    public void The_same_value_misdated_or_undated_still_meets(string a, string b, string first, string second)
    {
        var (docs, groups) = QuantityArticles.GroupDated((a, Day), (b, Day));
        var g = GroupOf(docs, groups, 0, first);
        Assert.True(g is not null && g == GroupOf(docs, groups, 1, second), Show(docs, groups));
    }

    [Theory]
    // A sentence that sets an earlier incident's day inside a wider span ("this month", "this year"): the day is the
    // incident's, so its toll stays apart from today's.
    [InlineData("It was the second bombing this year, after 17 people were killed in a January 20 attack on the depot.",
        "At least nine people were killed on Wednesday in the bombing at the depot, police said.", "17 people", "nine people")]
    [InlineData("This year has been the deadliest yet: 40 people died in the February 2 flood at the dam, officials said.",
        "The flood at the dam killed 12 people on Tuesday, officials said.", "40 people", "12 people")]
    public void A_day_inside_a_wider_span_dates_its_incident(string a, string b, string first, string second)
    {
        var (docs, groups) = QuantityArticles.GroupDated((a, Day), (b, Day));
        var g = GroupOf(docs, groups, 0, first);
        Assert.True(g is null || g != GroupOf(docs, groups, 1, second), Show(docs, groups));
    }

    [Theory]
    // The wider span alone, or a day inside it that is today's: the toll is still today's.
    [InlineData("It was the second bombing at the depot this month; 17 people were killed in it, police said.",
        "At least nine people were killed on Wednesday in the bombing at the depot, police said.", "17 people", "nine people")]
    [InlineData("It was the second bombing this month, after 17 people were killed at the depot on Wednesday, police said.",
        "At least nine people were killed on Wednesday in the bombing at the depot, police said.", "17 people", "nine people")]
    public void A_wider_span_alone_or_with_the_same_day_still_meets(string a, string b, string first, string second)
    {
        var (docs, groups) = QuantityArticles.GroupDated((a, Day), (b, Day));
        var g = GroupOf(docs, groups, 0, first);
        Assert.True(g is not null && g == GroupOf(docs, groups, 1, second), Show(docs, groups));
    }
}
