using Parallax.Comparison.Figures;
using Parallax.Tests.Support;

namespace Parallax.Tests.Comparison;

/// <summary>
/// A running total ("since July 11", "since the war began") counts many incidents; a toll dated to a day counts one, so two
/// different values are two figures. A "since" that dates a record ("the biggest gain since 2019") or gives a cause opens
/// no period. And a word that says what happened ("killed") never says what is counted: "39 fighters killed" and
/// "11 children killed" are no count of murders. Members must fire; look-alikes must not.
/// </summary>
public class FigureRunningTotalsTests
{
    // A Thursday.
    private static readonly DateOnly Day = new(2021, 3, 4);

    [Theory]
    [InlineData("Since July 11 the bombardment of the province has cost the lives of 136 civilians.")]
    [InlineData("More than 280,000 people have been killed since the conflict began in 2011.")]
    [InlineData("The war has killed 9,000 people since it began.")]
    [InlineData("At least 400 people have died since the start of the uprising.")]
    [InlineData("Police have arrested 730 protesters since last month.")]
    [InlineData("Some 12,000 residents have fled since early March.")]
    [InlineData("The virus has infected 1.2 million people in the country since the pandemic began.")]
    public void A_since_that_opens_a_period_counts_a_running_total(string sentence) =>
        Assert.True(FigureCues.RunningTotal(sentence, 0, sentence.Length), sentence);

    [Theory]
    // A record dated by "since".
    [InlineData("It was the biggest job gain since August last year, when 1 million positions were added.")]
    [InlineData("The removal of 100,000 names is the first major cleaning of voting rolls in the state since 2019.")]
    [InlineData("Unemployment fell to 5.4%, its lowest level since March 2020.")]
    [InlineData("The 40 deaths make it the deadliest attack since 2017.")]
    [InlineData("Turnout of 61% was the most since 1992.")]
    // A cause, no period.
    [InlineData("Since the army refused to withdraw, 2,000 residents stayed in the town.")]
    [InlineData("The council cut 300 jobs, since the budget had shrunk.")]
    // A few days: the incident's own span, and its toll.
    [InlineData("The monitor said 39 rebel fighters had been killed in battles around the town since Wednesday afternoon.")]
    [InlineData("Police have arrested 73 protesters since last week.")]
    [InlineData("Rescuers have pulled 52 survivors from the rubble since Monday.")]
    // No "since" at all.
    [InlineData("The war has killed about 250,000 people, the monitor said.")]
    public void A_since_that_dates_a_record_or_gives_a_cause_is_no_running_total(string sentence) =>
        Assert.False(FigureCues.RunningTotal(sentence, 0, sentence.Length), sentence);

    [Theory]
    [InlineData("Since July 11 the bombardment of the province has killed 136 civilians, the monitor said.",
        "Air raids on the village killed 18 civilians on Wednesday, the monitor said.", "136 civilians", "18 civilians")]
    [InlineData("The strikes have killed 412 people since the offensive began in January, medics said.",
        "Strikes on the market killed 23 people on Tuesday, medics said.", "412 people", "23 people")]
    public void A_running_total_and_a_toll_of_one_day_stay_apart(string a, string b, string total, string toll)
    {
        var (docs, groups) = QuantityArticles.GroupDated((a, Day), (b, Day));
        var g = QuantityArticles.GroupOf(docs, groups, 0, total);
        Assert.True(g is null || g != QuantityArticles.GroupOf(docs, groups, 1, toll), QuantityArticles.Show(docs, groups));
    }

    [Theory]
    // Two running totals dispute each other.
    [InlineData("More than 280,000 people have been killed since the conflict began in 2011, the monitor said.",
        "The conflict has killed about 350,000 people since 2011, the monitor said.", "280,000 people", "350,000 people", false)]
    // A total said without "since" may be the same running total.
    [InlineData("More than 280,000 people have been killed in the war since it began in 2011.",
        "The war has killed about 250,000 people, the monitor said.", "280,000 people", "250,000 people", false)]
    // A record dated by "since" is the day's toll.
    [InlineData("The bombing killed 40 people on Tuesday, the deadliest attack since 2017.",
        "The bombing killed 46 people on Tuesday, officials said.", "40 people", "46 people", false)]
    // The same count named twice, once as a total.
    [InlineData("Since March, 52 survivors have been pulled from the rubble, rescuers said.",
        "Rescuers pulled 52 survivors from the rubble on Wednesday.", "52 survivors", "52 survivors", true)]
    // A toll since a day of the week is the incident's, and meets the day's toll of another outlet.
    [InlineData("The monitor said 39 rebel fighters had been killed in the battles around the town since Wednesday afternoon.",
        "The army said 44 rebel fighters were killed in the battles around the town on Thursday.", "39 rebel fighters", "44 rebel fighters", false)]
    public void Running_totals_and_look_alikes_still_meet(string a, string b, string first, string second, bool agree)
    {
        var (docs, groups) = QuantityArticles.GroupDated((a, Day), (b, Day));
        var g = QuantityArticles.GroupOf(docs, groups, 0, first);
        Assert.True(g is not null && g == QuantityArticles.GroupOf(docs, groups, 1, second), QuantityArticles.Show(docs, groups));
        Assert.Equal(agree, g!.Agree);
    }

    [Theory]
    [InlineData("The monitor said 39 rebel fighters had been killed in the battles around the town.",
        "The monitor said 11 children were killed in the strikes on the villages.", "39 rebel fighters", "11 children")]
    [InlineData("Officials said 41 women were killed when the shelling hit the market.",
        "Officials said 32 rebels were killed when the shelling hit the market.", "41 women", "32 rebels")]
    [InlineData("Thirty pro-government gunmen were killed in the assault on the checkpoint.",
        "Thirty children were killed in the assault on the checkpoint, the group said.", "Thirty pro-government gunmen", "Thirty children")]
    public void A_verb_of_what_happened_names_nothing_counted(string a, string b, string first, string second)
    {
        var (docs, groups) = QuantityArticles.Group(a, b);
        var g = QuantityArticles.GroupOf(docs, groups, 0, first);
        Assert.True(g is null || g != QuantityArticles.GroupOf(docs, groups, 1, second), QuantityArticles.Show(docs, groups));
    }

    [Theory]
    // Counted nouns of one class still meet, the verb beside them or not.
    [InlineData("Police recorded 212 murders in the city last year, the report said.",
        "The city saw 212 homicides last year, the report said.", "212 murders", "212 homicides")]
    [InlineData("The monitor said 39 rebel fighters had been killed in the battles around the town.",
        "The monitor said 44 rebel fighters were killed in the battles around the town.", "39 rebel fighters", "44 rebel fighters")]
    public void Counts_of_one_kind_still_meet(string a, string b, string first, string second)
    {
        var (docs, groups) = QuantityArticles.Group(a, b);
        var g = QuantityArticles.GroupOf(docs, groups, 0, first);
        Assert.True(g is not null && g == QuantityArticles.GroupOf(docs, groups, 1, second), QuantityArticles.Show(docs, groups));
    }
}
