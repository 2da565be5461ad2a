using Parallax.Analysis;
using Parallax.Comparison.Figures;
using Parallax.Tests.Support;

namespace Parallax.Tests.Comparison;

/// <summary>
/// Counted nouns that name one thing in other words (the counted-things lexicon: lives are people, medics are staff,
/// houses are homes, SUVs are vehicles, air raids are airstrikes), and the guard that keeps a shared clause noun from
/// joining two small counts of different things ("three buildings" hit by raids / "three children" killed in raids).
/// Members must group; look-alikes must not.
/// </summary>
public class FigureNounFamiliesTests
{
    private static string Show(AnalyzedArticle[] docs, IReadOnlyList<FigureGroup> groups) =>
        string.Join(" / ", groups.Select(g => string.Join(", ", QuantityArticles.Texts(docs, g))));

    private static FigureGroup? GroupOf(AnalyzedArticle[] docs, IReadOnlyList<FigureGroup> groups, int article, string text) =>
        groups.FirstOrDefault(g => g.Members.Any(m => m.Article == article && docs[article].Quantities[m.Index].Text == text));

    [Theory]
    [InlineData("The shelling of the bus depot claimed 35 lives, the governor said.",
        "The shelling of the bus depot killed 40 people, medics said.", "35 lives", "40 people", false)]
    [InlineData("The ferry disaster off the cape cost 112 lives, the coast guard said.",
        "At least 112 people died when the ferry sank off the cape.", "112 lives", "112 people", true)]
    [InlineData("Four medics were killed when the strike hit the clinic near the border.",
        "The strike on the clinic near the border killed four staff of the relief group.", "Four medics", "four staff", true)]
    [InlineData("Nurses said 12 doctors were killed in the siege of the hospital.",
        "The siege of the hospital killed 9 medics, the relief group said.", "12 doctors", "9 medics", false)]
    [InlineData("The strike by 30,000 teachers in the province entered its third day.",
        "Nearly 30,000 educators in the province stayed off the job for a third day.", "30,000 teachers", "30,000 educators", true)]
    [InlineData("The canyon fire destroyed 120 homes, the fire service said.",
        "About 150 houses burned in the canyon fire, county officials said.", "120 homes", "150 houses", false)]
    [InlineData("The army said it destroyed five off-road vehicles carrying heavy guns near the dam.",
        "The destruction of 5 SUVs carrying heavy guns near the dam was confirmed by the army.", "five off-road vehicles", "5 SUVs", true)]
    [InlineData("Jets carried out eight air raids on the southern districts of the town.",
        "Residents heard eight airstrikes on the southern districts of the town.", "eight air raids", "eight airstrikes", true)]
    [InlineData("Troops detained 30 suspects in the dawn raid on the port.",
        "Thirty people were arrested in the dawn raid on the port, police said.", "30 suspects", "Thirty people", true)]
    // The size of a body, said either way: "a coalition of 14 countries" / "the 14-nation coalition".
    [InlineData("A coalition of 14 countries met in the capital to discuss the blockade.",
        "The 14-nation coalition met in the capital to discuss the blockade.", "14 countries", "14-nation", true)]
    // A scale named before its reading and as a compound after it.
    [InlineData("Rescuers dug through the rubble of the market after the magnitude 6.9 earthquake.",
        "The 6.9-magnitude quake flattened the old town hall, the mayor said.", "6.9", "6.9-magnitude", true)]
    [InlineData("The quake off the northern coast had a magnitude of 7.1, the survey said.",
        "The survey recorded the earthquake off the northern coast as a 6.8-magnitude quake.", "7.1", "6.8-magnitude", false)]
    // A group of people is not a body whose size is a whole: "a group of 18 scientists" are the 18 scientists.
    [InlineData("A group of 18 scientists signed the letter on the origins of the outbreak.",
        "The 18 scientists who signed the letter on the outbreak's origins asked for an inquiry.", "18 scientists", "18 scientists", true)]
    // Jobs and the workers who hold them, one distinctive value (or its rounding).
    [InlineData("The carmaker will cut 11,000 jobs, about 13% of its workforce.",
        "The carmaker is laying off more than 11,000 employees, its chief said.", "11,000 jobs", "11,000 employees", true)]
    [InlineData("The chain said it would eliminate 2,750 positions at its stores.",
        "About 2,750 workers at the chain's stores will lose their jobs.", "2,750 positions", "2,750 workers", true)]
    [InlineData("The mill is shedding 1,240 jobs this spring.",
        "Roughly 1,200 workers at the mill will be let go this spring.", "1,240 jobs", "1,200 workers", true)]
    // A price and its rounding, with and without its rate.
    [InlineData("Gas averaged $4.33 a gallon nationwide on Sunday, the motor club said.",
        "The national average for a gallon of regular hit $4.331, according to the motor club.", "$4.33 a gallon", "$4.331", true)]
    // A building's floors in British and American spelling; a count of foreigners is a count of people.
    [InlineData("The strike flattened the 12-storey tower that housed the bureau.",
        "An airstrike levelled a 14-story tower housing the bureau's offices.", "12-storey", "14-story", false)]
    [InlineData("Some 300 foreigners flew out of the capital on the first charter flight.",
        "About 300 people, most of them foreign nationals, flew out of the capital on the first charter.", "300 foreigners", "300 people", true)]
    // Explanations weighed, officials by job or rank, flights or their cancellations.
    [InlineData("Analysts remain split between the two theories of where the fever began.",
        "The agencies judge that two hypotheses of where the fever began are plausible.", "two theories", "two hypotheses", true)]
    [InlineData("Three senior drug regulators quit the agency over the booster plan.",
        "Three veteran agency officials resigned over the booster plan.", "Three senior drug regulators", "Three veteran agency officials", true)]
    [InlineData("The airline scrapped at least 1,800 flights over the weekend after the outage.",
        "The outage led to more than 2,000 flight cancellations at the airline over the weekend.", "1,800 flights", "2,000 flight cancellations", false)]
    public void One_thing_in_other_words_is_one_figure(string a, string b, string first, string second, bool agree)
    {
        var (docs, groups) = QuantityArticles.Group(a, b);
        var g = GroupOf(docs, groups, 0, first);
        Assert.True(g is not null && g == GroupOf(docs, groups, 1, second), Show(docs, groups));
        Assert.Equal(agree, g!.Agree);
    }

    [Theory]
    // Two small counts of different nouns meet only through a noun of their clauses: two figures.
    [InlineData("Those raids hit three residential buildings in the old town, residents said.",
        "Three children were killed in the raids on the old town, residents said.", "three residential buildings", "Three children")]
    [InlineData("The two convoys lost four trucks to the ambush on the road.",
        "The ambush on the convoys on the road killed four drivers.", "four trucks", "four drivers")]
    // Different things of the lexicon stay apart.
    [InlineData("The storm destroyed 40 homes along the coast.", "The storm wrecked 40 vehicles along the coast.", "40 homes", "40 vehicles")]
    [InlineData("Twelve teachers were hurt when the school roof fell in.", "Twelve medics treated the wounded when the school roof fell in.", "Twelve teachers", "Twelve medics")]
    // A round count of jobs and of workers is said of too many things to be one.
    [InlineData("The new plant will bring 5,000 jobs to the valley.", "The valley's 5,000 workers marched on the capital.", "5,000 jobs", "5,000 workers")]
    // Floors are not other counted things of the same building.
    [InlineData("The fire gutted all 12 storeys of the tower block.", "The fire drove 12 families from the tower block.", "12 storeys", "12 families")]
    // A theory is not a count of officials or of flights; passengers are not flights.
    [InlineData("The two theories divided the panel on Monday.", "The two officials divided the panel on Monday.", "two theories", "two officials")]
    [InlineData("The airline cancelled 300 flights on Friday after the storm.", "The storm stranded 300 passengers at the airline's hub on Friday.", "300 flights", "300 passengers")]
    public void Different_things_stay_apart(string a, string b, string first, string second)
    {
        var (docs, groups) = QuantityArticles.Group(a, b);
        var g = GroupOf(docs, groups, 0, first);
        Assert.True(g is null || g != GroupOf(docs, groups, 1, second), Show(docs, groups));
    }

    [Fact]
    public void A_large_count_still_meets_through_its_clause_noun()
    {
        // "workers" as nonfarm payrolls are jobs: a count of 943,000 does not coincide by chance.
        var (docs, groups) = QuantityArticles.Group(
            "Nonfarm payrolls increased by 412,000 workers in March, the department said.",
            "Employers added 412,000 jobs in March, the department said.");
        var g = GroupOf(docs, groups, 0, "412,000 workers");
        Assert.True(g is not null && g == GroupOf(docs, groups, 1, "412,000 jobs"), Show(docs, groups));
    }

    [Theory]
    // Called off in both, in other words: one count, here in dispute.
    [InlineData("The carrier canceled at least 1,800 flights over the weekend.",
        "The carrier scrapped more than 1,000 flights over the weekend, the tracker said.", "1,800 flights", "1,000 flights")]
    [InlineData("Organisers postponed 40 matches because of the storm.",
        "Forty matches were delayed by the storm, organisers said.", "40 matches", "Forty matches")]
    public void One_event_of_flights_or_fixtures_is_one_figure(string a, string b, string first, string second)
    {
        var (docs, groups) = QuantityArticles.Group(a, b);
        var g = GroupOf(docs, groups, 0, first);
        Assert.True(g is not null && g == GroupOf(docs, groups, 1, second), Show(docs, groups));
    }

    [Theory]
    // Flights called off are not flights only put back.
    [InlineData("The carrier delayed 1,500 flights over the weekend.", "The carrier canceled 1,000 flights over the weekend.", "1,500 flights", "1,000 flights")]
    [InlineData("Organisers cancelled 12 concerts on the tour.", "Organisers postponed 12 concerts on the tour.", "12 concerts", "12 concerts")]
    public void Cancelled_and_delayed_stay_apart(string a, string b, string first, string second)
    {
        var (docs, groups) = QuantityArticles.Group(a, b);
        var g = GroupOf(docs, groups, 0, first);
        Assert.True(g is null || g != GroupOf(docs, groups, 1, second), Show(docs, groups));
    }

    [Theory]
    // Inquiries counted as the inquiries or by what they look into: one count.
    [InlineData("Regulators launched seven investigations into airline refund delays on Monday.",
        "The transport agency said Monday it is investigating seven airlines over refund delays.", "seven investigations", "seven airlines")]
    [InlineData("The ministry opened six probes into hospital waiting lists this week.",
        "Six inquiries into hospital waiting lists began this week, the ministry said.", "six probes", "Six inquiries")]
    public void Inquiries_and_what_they_look_into_are_one_count(string a, string b, string first, string second)
    {
        var (docs, groups) = QuantityArticles.Group(a, b);
        var g = GroupOf(docs, groups, 0, first);
        Assert.True(g is not null && g == GroupOf(docs, groups, 1, second), Show(docs, groups));
    }

    [Theory]
    // An inquiry's count is not a count of what else its story names.
    [InlineData("The league is investigating seven complaints about the referee this season.",
        "Seven players were sent off by the referee this season, the league said.", "seven complaints", "Seven players")]
    [InlineData("Regulators launched seven investigations into airline refund delays on Monday.",
        "Seven airlines cut their refund windows on Monday, regulators said.", "seven investigations", "Seven airlines")]
    public void Inquiries_and_other_counts_stay_apart(string a, string b, string first, string second)
    {
        var (docs, groups) = QuantityArticles.Group(a, b);
        var g = GroupOf(docs, groups, 0, first);
        Assert.True(g is null || g != GroupOf(docs, groups, 1, second), Show(docs, groups));
    }

    [Theory]
    // "GOP" is the party as "Republican" is: members picked or named by it are its members.
    [InlineData("The speaker vetoed two of the minority leader's GOP picks for the audit panel on Wednesday.",
        "The speaker drew fire for blocking two Republicans from serving on the audit panel.", "two of the minority leader's GOP picks", "two Republicans")]
    public void A_party_named_two_ways_is_one_kind(string a, string b, string first, string second)
    {
        var (docs, groups) = QuantityArticles.Group(a, b);
        var g = GroupOf(docs, groups, 0, first);
        Assert.True(g is not null && g == GroupOf(docs, groups, 1, second), Show(docs, groups));
    }

    [Theory]
    // A party's votes are votes, not its members: "10 GOP votes" needed is no count of Republican senators.
    [InlineData("The bill needed 10 GOP votes to clear the filibuster, aides said on Tuesday.",
        "Ten Republican senators met the president at the White House on Tuesday.", "10 GOP votes", "Ten Republican senators")]
    [InlineData("The bill needed 10 Republican votes to clear the filibuster, aides said on Tuesday.",
        "Ten Republican senators met the president at the White House on Tuesday.", "10 Republican votes", "Ten Republican senators")]
    public void A_partys_votes_are_no_count_of_its_members(string a, string b, string first, string second)
    {
        var (docs, groups) = QuantityArticles.Group(a, b);
        var g = GroupOf(docs, groups, 0, first);
        Assert.True(g is null || g != GroupOf(docs, groups, 1, second), Show(docs, groups));
    }
}
