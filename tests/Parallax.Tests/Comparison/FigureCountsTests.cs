using Parallax.Analysis;
using Parallax.Analysis.Quantities;
using Parallax.Analysis.Sentences;
using Parallax.Comparison.Figures;
using Parallax.Model;

using Parallax.Tests.Support;

namespace Parallax.Tests.Comparison;

/// <summary>
/// Figures as the analysis reads them (the real quantity extractor): counts without a unit, what they count
/// resolved from the clause, the lexicon of counted nouns, vote tallies and every mention of a figure.
/// </summary>
public class FigureCountsTests
{
    private static AnalyzedArticle Analyzed(string id, string text) => QuantityArticles.Analyzed(id, text);

    private static IReadOnlyList<FigureGroup> Group(params string[] texts) =>
        new FigureGrouper().Group(texts.Select((t, i) => Analyzed("a" + i, t)).ToList());

    private static string[] Texts(IReadOnlyList<AnalyzedArticle> docs, FigureGroup g) =>
        g.Members.Select(m => docs[m.Article].Quantities[m.Index].Text).ToArray();

    [Theory]
    [InlineData("A car bomb in the market of Tarvo killed at least 41 people on Sunday.", "The death toll from Sunday's car bomb in Tarvo's market rose to 58, medics said.")]
    [InlineData("Forty people were killed when a car bomb hit the market in Tarvo on Sunday.", "A car bomb ripped through the Tarvo market on Sunday, killing nine.")]
    [InlineData("The car bomb in Tarvo's market on Sunday left 27 dead.", "At least 30 were killed by the car bomb in the market of Tarvo on Sunday.")]
    public void Tolls_with_an_implied_noun_meet_and_disagree(string a, string b)
    {
        var group = Assert.Single(Group(a, b), g => g.Members.Select(m => m.Article).Distinct().Count() == 2);
        Assert.False(group.Agree);
        Assert.Contains(" vs ", group.Why);
        Assert.EndsWith("killed", group.Why);
    }

    [Fact]
    public void Killed_and_wounded_bare_counts_stay_apart()
    {
        var docs = new[]
        {
            Analyzed("a", "The shelling of Orsk killed 12 and wounded 30 on Monday, the governor said."),
            Analyzed("b", "In Orsk, 14 were killed and 31 were wounded by Monday's shelling, the governor said."),
        };
        var groups = new FigureGrouper().Group(docs);
        Assert.Equal(2, groups.Count);
        Assert.Contains(groups, g => Texts(docs, g).SequenceEqual(["12", "14"]));
        Assert.Contains(groups, g => Texts(docs, g).SequenceEqual(["30", "31"]));
    }

    [Theory]
    [InlineData("Police in Velm recorded 312 murders last year.", "Velm police recorded 312 homicides last year.")]
    [InlineData("Velm's economy added 943,000 jobs in July, the bureau said.", "The bureau said Velm's economy added 943,000 positions in July.")]
    [InlineData("The Velm plant will lay off 1,200 workers by March.", "By March the Velm plant will lay off 1,200 employees.")]
    [InlineData("Lawmakers in Velm passed three bills on housing.", "Velm lawmakers passed three measures on housing.")]
    public void Counted_nouns_of_one_class_meet(string a, string b)
    {
        var group = Assert.Single(Group(a, b));
        Assert.True(group.Agree);
    }

    [Fact]
    public void A_narrower_noun_does_not_meet_a_count_of_people()
    {
        // The children are among the dead, not another count of them.
        var groups = Group(
            "The strike on Harrow killed 58 people, including 11 children.",
            "At least 72 people, among them 20 children, were killed in the strike on Harrow.");
        Assert.Equal(2, groups.Count);
        Assert.All(groups, g => Assert.False(g.Agree));
    }

    [Fact]
    public void Vote_tallies_are_figures_of_their_own()
    {
        var docs = new[]
        {
            Analyzed("a", "The House passed the Velm infrastructure bill 212-208 on Friday."),
            Analyzed("b", "On Friday the House approved the Velm infrastructure bill in a 212-208 vote."),
            Analyzed("c", "The final House vote on the Velm infrastructure bill was 213 to 208."),
        };
        var groups = new FigureGrouper().Group(docs);
        var yeas = Assert.Single(groups, g => Texts(docs, g).Contains("212"));
        var nays = Assert.Single(groups, g => Texts(docs, g).Contains("208"));
        Assert.Equal(3, yeas.Members.Count);
        Assert.False(yeas.Agree);
        Assert.True(nays.Agree);
    }

    [Fact]
    public void Every_mention_of_a_grouped_figure_joins_its_group()
    {
        var docs = new[]
        {
            Analyzed("a", "The gas attack on Khan Tell killed at least 58 people. Rescuers in Khan Tell said the 58 dead included farmers."),
            Analyzed("b", "At least 72 people were killed in the gas attack on Khan Tell, rescuers said."),
        };
        var group = Assert.Single(new FigureGrouper().Group(docs));
        Assert.Equal(3, group.Members.Count);
        Assert.False(group.Agree);
    }

    [Theory]
    // A whole measure of two digits or more is rounded like any figure; a whole count, and a single-digit measure, are exact.
    [InlineData(52, "percent", 52.3, "percent", true)]
    [InlineData(61, "percent", 60.8, "percent", true)]
    [InlineData(48, "degree Celsius", 47.9, "degree Celsius", true)]
    [InlineData(6, "percent", 5.9, "percent", false)]
    [InlineData(41, "percent", 42, "percent", false)]
    [InlineData(41, "passenger", 40.6, "passenger", false)]
    public void A_whole_measure_is_rounded_a_whole_count_is_exact(double va, string ua, double vb, string ub, bool agree)
    {
        var a = new Quantity(new TextSpan(0, 2), va.ToString(System.Globalization.CultureInfo.InvariantCulture), va) { Unit = ua };
        var b = new Quantity(new TextSpan(0, 4), vb.ToString(System.Globalization.CultureInfo.InvariantCulture), vb) { Unit = ub };
        Assert.Equal(agree, FigureAgreement.Agree([a, b]));
    }

    [Fact]
    public void Years_and_dates_are_not_figures_and_an_age_given_twice_is_one()
    {
        var groups = Group(
            "Maddon, 66, has led the club since 2016 and signed on June 3.",
            "The club's 66-year-old manager Maddon arrived in 2016; he signed on June 3.");
        var age = Assert.Single(groups);
        Assert.True(age.Agree);
        Assert.Equal(2, age.Members.Count);
    }

    [Theory]
    // One person's age, one age band: the same fact in two outlets.
    [InlineData("Ruelle, 38, pleaded guilty on Tuesday to one count.", "Tomas Ruelle, a 38-year-old roofer, pleaded guilty on Tuesday.", true)]
    [InlineData("The regulator cleared the shot for children ages 5 to 11 on Friday.", "Children aged 5 to 11 can now get the shot, the regulator said on Friday.", true)]
    [InlineData("Boosters are cleared for people 65 and older, the agency said.", "The agency cleared boosters for those 65 and older on Wednesday.", true)]
    [InlineData("The shot is cleared for adolescents ages 12 to 15 from Thursday.", "Children as young as 12 can get the shot from Thursday.", true)]
    // A band written with a hanging hyphen is the same band.
    [InlineData("The regulator cleared the shot for 12- to 15-year-olds on Monday.", "Adolescents ages 12 to 15 can get the shot from Monday, the regulator said.", true)]
    [InlineData("Trials in five- to 11-year-old children start in June.", "The company will test the shot on children aged 5 to 11 from June.", true)]
    // The youngest age of a band and a lower age limit are one age however little else the sentences share.
    [InlineData("The decision by federal health officials late on Monday means that millions of teenagers ages 13 to 17 will qualify for the jabs before the autumn term starts.",
        "Regulators have now widened the range to cover children as young as 13, the company said.", true)]
    // Two ages in one story are two persons or two bands, not a dispute.
    [InlineData("Boosters are cleared for people 65 and older, the agency said.", "The agency also cleared boosters for adults ages 18 to 64 at high risk.", false)]
    [InlineData("Sgt. Ilse Varga, 25, of Dunmore, was among the dead.", "Corporal Ben Aske had wanted to serve since he was 11 years old, his mother said.", false)]
    [InlineData("The shot is cleared for adolescents ages 12 to 15 from Thursday.", "Until now the shot was cleared only for people ages 16 and up.", false)]
    public void Ages_meet_only_the_same_age(string a, string b, bool grouped)
    {
        var groups = Group(a, b);
        Assert.Equal(grouped, groups.Any(g => g.Members.Select(m => m.Article).Distinct().Count() == 2));
        Assert.DoesNotContain(groups, g => !g.Agree);
    }

    [Theory]
    [InlineData("more than $40,000", 40_000, "more than", "$41,250", 41_250, null, true)]
    [InlineData("$2.9bn", 2.9e9, null, "$3bn", 3e9, null, true)]
    [InlineData("1.4 billion", 1.4e9, "about", "1.375 billion", 1.375e9, null, true)]
    [InlineData("5,000", 5000, "more than", "5,200", 5200, null, true)]
    [InlineData("30", 30, "more than", "32", 32, null, true)]
    [InlineData("102,000", 102_000, "nearly", "101,789", 101_789, null, true)]
    [InlineData("eight", 8, "at least", "nine", 9, "at least", true)]
    // A lower bound is written to the round figure below the count: up to a quarter above it.
    [InlineData("40", 40, "more than", "48", 48, null, true)]
    [InlineData("100", 100, "more than", "123", 123, "at least", true)]
    [InlineData("six", 6, "at least", "7", 7, null, true)]
    [InlineData("40", 40, "more than", "52", 52, null, false)]
    // "nearly" lies closer: 41 is not "nearly 50".
    [InlineData("50", 50, "nearly", "41", 41, null, false)]
    [InlineData("24", 24, "at least", "100", 100, "at least", false)]
    [InlineData("58", 58, null, "72", 72, "at least", false)]
    [InlineData("100", 100, "about", "55", 55, null, false)]
    [InlineData("119,000", 119_000, null, "34,000", 34_000, "some", false)]
    public void Agreement_allows_the_precision_and_hedges_written(string ta, double va, string? ha, string tb, double vb, string? hb, bool agree)
    {
        var a = new Quantity(new TextSpan(0, ta.Length), ta, va) { Approximation = ha };
        var b = new Quantity(new TextSpan(0, tb.Length), tb, vb) { Approximation = hb };
        Assert.Equal(agree, FigureAgreement.Agree([a, b]));
    }

    [Fact]
    public void Why_names_the_figures_as_written_and_what_they_count()
    {
        var a = new Quantity(new TextSpan(0, 9), "58 people", 58) { Unit = "people" };
        var b = new Quantity(new TextSpan(0, 2), "72", 72) { Approximation = "at least" };
        Assert.Equal("58 vs at least 72 killed", DisputeReason.Why([a, b], "killed"));
    }

    [Fact]
    public void The_lexicon_reads_classes_by_stem()
    {
        Assert.Contains(("job", CountedKind.Noun), CountedThings.Of("positions").ToArray());
        Assert.Contains(("killed", CountedKind.Event), CountedThings.Of("deaths").ToArray());
        Assert.Contains(("killed", CountedKind.Event), CountedThings.Of("lives").ToArray());
        Assert.DoesNotContain(("killed", CountedKind.Event), CountedThings.Of("lived").ToArray());
        Assert.True(CountedThings.Of("weather").IsEmpty);
    }
}
