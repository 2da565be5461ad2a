using Parallax.Analysis;
using Parallax.Comparison.Figures;
using Parallax.Tests.Support;

namespace Parallax.Tests.Comparison;

/// <summary>
/// Families of figure pairs that two outlets write differently (issue 12, second round, found on stories outside the
/// hand-checked gold): one distinctive value with and without its noun, a side of a vote said with its verb, a count of
/// people against a count of persons of one kind, nationalities as people, an amount with and without its rate, a bound's
/// noun after "or more", and "killing" as the event of a toll. Each has members that must group and look-alikes that
/// must not.
/// </summary>
public class FigureValueFamiliesTests
{
    private static (AnalyzedArticle[] Docs, IReadOnlyList<FigureGroup> Groups) Group(params string[] texts) => QuantityArticles.Group(texts);

    private static string[] Texts(AnalyzedArticle[] docs, FigureGroup g) => QuantityArticles.Texts(docs, g);

    /// <summary>Whether one group holds a figure of each article whose text is the given one.</summary>
    private static bool Together(AnalyzedArticle[] docs, IReadOnlyList<FigureGroup> groups, string first, string second) =>
        groups.Any(g => g.Members.Any(m => m.Article == 0 && docs[0].Quantities[m.Index].Text == first)
            && g.Members.Any(m => m.Article == 1 && docs[1].Quantities[m.Index].Text == second));

    [Theory]
    [InlineData("The ministry will admit 62,500 refugees this year, officials confirmed on Monday.",
        "Under pressure from churches, the premier lifted the cap to 62,500 after weeks of delay.", "62,500 refugees", "62,500")]
    [InlineData("Weekly claims for the prior week were revised to 375,000, the bureau said.",
        "That was higher than the week before, which saw 375,000 filings across the provinces.", "375,000", "375,000 filings")]
    [InlineData("The regulator fined the carrier $6.4 billion for resettling passengers late.",
        "The penalty of $6.4 billion covers the cost of relocating stranded travellers.", "$6.4 billion", "$6.4 billion")]
    [InlineData("Halvard's factories added 850,000 jobs in June, well above forecasts.",
        "The economy rebounded and created 850,000 new jobs last month.", "850,000 jobs", "850,000 new jobs")]
    // One value written as a mixed number, in words, or with a vulgar fraction.
    [InlineData("The former sheriff was sentenced to 14 1/2 years in prison for the beating.",
        "A judge sentenced the former sheriff on Friday to 14 and a half years for the beating.", "14 1/2 years", "14 and a half years")]
    [InlineData("The senators would pour nearly a quarter-trillion dollars into chip research.",
        "The senators want to spend more than $240 billion on chip research over five years.", "a quarter-trillion dollars", "$240 billion")]
    public void One_distinctive_value_is_one_figure_however_the_sentences_run(string a, string b, string first, string second)
    {
        var (docs, groups) = Group(a, b);
        Assert.True(Together(docs, groups, first, second), string.Join(" / ", groups.Select(g => string.Join(", ", Texts(docs, g)))));
    }

    [Theory]
    [InlineData("The designation lets the province release $246.8 million of funding for youth programmes.",
        "The governor declared an emergency and committed almost $247 million to curb the rise in shootings.", "$246.8 million", "$247 million")]
    [InlineData("Organisers handed in 1,482,317 signatures, the electoral office said on Monday.",
        "The petition gathered more than 1.4 million verified signatures, according to the office.", "1,482,317 signatures", "1.4 million verified signatures")]
    [InlineData("Border agents recorded 173,629 crossings in May, the agency said.",
        "There were nearly 174,000 crossings at the southern frontier last month, officials announced.", "173,629 crossings", "174,000 crossings")]
    [InlineData("Clinics threw away at least 12.3 million doses of the vaccine since March, records show.",
        "More than 12 million doses have been wasted, the health agency data show.", "12.3 million doses", "12 million doses")]
    public void A_precise_amount_and_its_rounding_are_one_figure(string a, string b, string first, string second)
    {
        var (docs, groups) = Group(a, b);
        Assert.True(Together(docs, groups, first, second), string.Join(" / ", groups.Select(g => string.Join(", ", Texts(docs, g)))));
        Assert.True(groups.Single(g => g.Members.Count == 2).Agree);
    }

    [Theory]
    // Not the precise amount written shorter: "more than 163,000" is not 173,629 cut to three digits.
    [InlineData("Border agents recorded 173,629 crossings in May, the agency said.",
        "Officials said the patrols logged more than 163,000 crossings in the spring.")]
    // One significant digit is said of too many things.
    [InlineData("The plan would cost $2.37 trillion over a decade, budget officials said.",
        "Critics said the bill adds $2 trillion to debt held by the public.")]
    // Below a thousand a rounding is a coincidence.
    [InlineData("The college admitted 187 students from abroad, the registrar said.",
        "Organisers said about 190 protesters gathered outside the hall.")]
    public void A_near_amount_that_is_not_its_rounding_does_not_group(string a, string b)
    {
        var (_, groups) = Group(a, b);
        Assert.Empty(groups);
    }

    [Fact]
    public void Service_members_are_soldiers_with_or_without_a_dotted_country()
    {
        var (docs, groups) = Group(
            "A suicide bomber at the northern gate killed 11 U.S. service members on Thursday.",
            "The bombing at the northern gate killed 11 US troops, the ministry said.");
        Assert.True(Together(docs, groups, "11 U.S. service members", "11 US troops"));
        // "members" alone are a panel's or a party's, not soldiers.
        var (_, apart) = Group(
            "A suicide bomber at the northern gate killed 11 service members on Thursday.",
            "All 11 members of the northern gate committee voted on Thursday to close it.");
        Assert.Empty(apart);
    }

    [Fact]
    public void Adults_are_people_with_or_without_a_dotted_country()
    {
        var (docs, groups) = Group(
            "About 140 million U.S. adults are now fully vaccinated, the health agency said.",
            "Some 140 million Americans are fully vaccinated, according to the health agency.");
        Assert.True(Together(docs, groups, "140 million U.S. adults", "140 million Americans"));
        // Children are a kind of their own: a count of them is not the adults' count.
        var (_, apart) = Group(
            "About 14 million adults in Velm are now fully vaccinated, the health agency said.",
            "Some 14 million children in Velm are fully vaccinated, according to the health agency.");
        Assert.Empty(apart);
    }

    [Theory]
    // One or two significant digits below a thousand: a coincidence, not evidence ("15 projects" / "15 were late").
    [InlineData("The council approved 15 projects on Monday.", "Inspectors said 15 were late again.")]
    [InlineData("The port handled 40 ships in March.", "Unions said 40 had walked out by noon.")]
    // One distinctive value of two units is two things.
    [InlineData("The fund paid $62,500 to each family.", "The shelter housed 62,500 people over the winter.")]
    public void A_common_value_or_another_unit_does_not_group(string a, string b)
    {
        var (_, groups) = Group(a, b);
        Assert.Empty(groups);
    }

    [Fact]
    public void A_bare_count_that_voted_against_is_the_nays_of_the_tally()
    {
        var (docs, groups) = Group(
            "A minority of 67 members joined the majority, while 120 voted against the charter.",
            "The assembly adopted the charter on Tuesday. The vote was 285 to 120.");
        Assert.True(Together(docs, groups, "120", "120"));
        Assert.Equal("nay", FigureCues.VoteSide(" voted against it", 0, 0, 17));
        Assert.Equal("nay", FigureCues.VoteSide(" had opposed it", 0, 0, 15));
        Assert.Equal("yea", FigureCues.VoteSide(" voted in favour", 0, 0, 16));
        Assert.Null(FigureCues.VoteSide(" were against the plan", 0, 0, 22));
        Assert.Null(FigureCues.VoteSide(" votes were counted", 0, 0, 19));
    }

    [Theory]
    // A side named without its verb in a sentence about a vote.
    [InlineData("Fifty-two senators voted for the bill, with 48 against.", "The chamber passed the bill 52-48 on Tuesday.", "48", "48")]
    [InlineData("The motion carried with 310 in favour and 227 against in the vote.", "Lawmakers backed the motion 310-227.", "227", "227")]
    [InlineData("The board voted 9 in favour to 4 against the merger.", "Directors approved the merger 9-4.", "9", "9")]
    public void A_side_of_a_vote_named_without_its_verb_is_that_side_of_the_tally(string a, string b, string first, string second) =>
        Assert.True(Together(Group(a, b).Docs, Group(a, b).Groups, first, second));

    [Theory]
    // "against" after a count outside a vote, or before more words of its phrase, is no side of a vote.
    [InlineData(" against the plan", "The residents were 40 against the plan.")]
    [InlineData(" against.", "The odds were 10 against.")]
    public void Against_outside_a_vote_is_no_side(string after, string sentence)
    {
        int at = sentence.IndexOf(after, StringComparison.Ordinal);
        Assert.Null(FigureCues.VoteSide(sentence, 0, at, sentence.Length));
    }

    [Theory]
    [InlineData("Sixty-one senators voted for the charter on Tuesday.", "The chamber adopted the charter 61-38 on Tuesday.", "Sixty-one senators", "61")]
    [InlineData("Eight Republicans were among the 218 lawmakers who voted to censure him.", "The House voted 218-207 to censure him.", "218 lawmakers", "218")]
    [InlineData("The ruling was 6-3. Six justices voted to uphold the law.", "The court upheld the law by a 6-3 vote.", "Six justices", "6")]
    public void Members_of_a_chamber_who_voted_one_way_are_that_side_of_the_tally(string a, string b, string first, string second)
    {
        var (docs, groups) = Group(a, b);
        Assert.True(Together(docs, groups, first, second), string.Join(" / ", groups.Select(g => string.Join(", ", Texts(docs, g)))));
        Assert.Equal("yea", FigureCues.VoteSide(" who voted to censure him", 0, 0, 25));
        Assert.Null(FigureCues.VoteSide(" who voted to be heard", 0, 0, 22));
    }

    [Theory]
    // Backing, siding, dissenting and a majority of the members are the sides of the tally too.
    [InlineData("All nine members of the Harlow school board backed the budget on Monday.", "The Harlow school board voted 9-0 on Monday to approve the budget.", "nine members", "9")]
    [InlineData("A five-justice majority upheld the district map on Thursday.", "The justices ruled 5-4 on Thursday that the district map was lawful.", "five-justice", "5")]
    [InlineData("Three justices dissented from the ruling on the pipeline.", "The court sided 6-3 with the pipeline company on Friday.", "Three justices", "3")]
    [InlineData("Seven commissioners sided with the developer at the hearing.", "The commission approved the tower 7-2 after the hearing.", "Seven commissioners", "7")]
    [InlineData("Eleven jurors were in the majority when the award was set.", "The jury set the award on an 11-1 vote.", "Eleven jurors", "11")]
    [InlineData("The bill drew 68 of the 100-member Senate, which supported it on Tuesday.", "The Senate passed the chip bill 68-32 on Tuesday.", "68", "68")]
    public void Members_who_backed_sided_or_dissented_are_that_side_of_the_tally(string a, string b, string first, string second)
    {
        var (docs, groups) = Group(a, b);
        Assert.True(Together(docs, groups, first, second), string.Join(" / ", groups.Select(g => string.Join(", ", Texts(docs, g)))));
    }

    [Theory]
    // A bloc named by its leaning or party that voted one way is that whole side when the values are one.
    [InlineData("Six conservative justices sided with the ranchers in the water case.", "The court ruled 6-3 for the ranchers on Monday.", "Six conservative justices", "6")]
    [InlineData("The three liberal justices dissented in the water case.", "The court ruled 6-3 for the ranchers on Monday.", "three liberal justices", "3")]
    [InlineData("The ruling split with the 6 conservative justices nominated by Republican presidents voting to uphold the water law.",
        "The court, in a 6-3 opinion on the water law, ruled for the ranchers on Monday.", "6 conservative justices", "6")]
    public void A_bloc_that_voted_one_way_is_that_side_when_the_values_are_one(string a, string b, string first, string second)
    {
        var (docs, groups) = Group(a, b);
        Assert.True(Together(docs, groups, first, second), string.Join(" / ", groups.Select(g => string.Join(", ", Texts(docs, g)))));
    }

    [Fact]
    public void A_bloc_of_another_value_is_no_side()
    {
        var (docs, groups) = Group(
            "All 50 Republican senators voted against the package on Friday.",
            "The package passed 50-49 after a long night.");
        Assert.False(Together(docs, groups, "50 Republican senators", "49"));
        Assert.False(Together(docs, groups, "50 Republican senators", "50"));
    }

    [Theory]
    // Who backs a count is not how it voted; members who did something else are no side; a bloc named by its leaning is a part.
    [InlineData(" backed by 300 troops", null)]
    [InlineData(" supported by the unions", null)]
    [InlineData(" of the crew were rescued", null)]
    [InlineData(" of the school board backed the plan", "yea")]
    [InlineData(" in dissent", "nay")]
    [InlineData(" sided with the state", "yea")]
    // Who put the members there may stand between them and their vote; what they were put up for is no vote.
    [InlineData(" nominated by Republican presidents voting to uphold the law", "yea")]
    [InlineData(" appointed by Democrats dissented", "nay")]
    [InlineData(" appointed by the governor took their seats", null)]
    [InlineData(" nominated by the party ran for the seat", null)]
    // The chamber may be named by its size.
    [InlineData(" of the 100-member Senate supported the bill", "yea")]
    [InlineData(" of the 435 House members voted against it", "nay")]
    [InlineData(" of the 100-member Senate attended the briefing", null)]
    public void A_side_of_a_vote_needs_how_the_count_voted(string after, string? side) =>
        Assert.Equal(side, FigureCues.VoteSide(after, 0, 0, after.Length));

    [Fact]
    public void Members_who_did_something_else_are_no_side_of_a_vote()
    {
        var (docs, groups) = Group(
            "All nine members of the Harlow school board attended the session on Monday.",
            "The Harlow school board voted 5-4 on Monday to approve the new budget.");
        Assert.False(Together(docs, groups, "nine members", "5"));
        Assert.False(Together(docs, groups, "nine members", "4"));
    }

    [Fact]
    public void A_party_s_members_who_voted_one_way_are_a_part_of_the_tally()
    {
        var (docs, groups) = Group(
            "Nineteen GOP senators voted for the charter on Tuesday.",
            "The chamber adopted the charter 69-30 on Tuesday, with 19 Republicans in favour.");
        Assert.False(Together(docs, groups, "Nineteen GOP senators", "69"));
    }

    [Theory]
    [InlineData("An airstrike on the convoy killed 12 aid workers near the depot.", "The attack on the depot left 12 people killed, officials said.", "12 aid workers", "12 people")]
    [InlineData("A helicopter was shot down, killing all five soldiers on board.", "All five people on board the helicopter were killed.", "five soldiers", "five people")]
    [InlineData("A counter-offensive near the road ended after killing 29 extremists.", "At least 29 rebels were killed near the road.", "29 extremists", "29 rebels")]
    public void A_count_of_people_meets_a_count_of_persons_of_one_kind_with_one_value_and_event(string a, string b, string first, string second)
    {
        var (docs, groups) = Group(a, b);
        Assert.True(Together(docs, groups, first, second), string.Join(" / ", groups.Select(g => string.Join(", ", Texts(docs, g)))));
    }

    [Theory]
    // Persons named by their part in the event are all the people it happened to: their counts may differ.
    [InlineData("Police arrested 43 people during the protests in Lorne on Saturday night.", "More than 40 protesters were detained in Lorne on Saturday night, police said.", "43 people", "40 protesters", true)]
    [InlineData("Police arrested 20 people at the rally in Lorne on Sunday.", "Some 35 demonstrators were detained at the Lorne rally on Sunday.", "20 people", "35 demonstrators", false)]
    [InlineData("The militia freed 24 people it had held for a month, the ministry said.", "Thirty hostages were freed by the militia on Friday, the ministry said.", "24 people", "Thirty hostages", false)]
    public void People_and_the_persons_named_by_their_part_in_the_event_meet(string a, string b, string first, string second, bool agree)
    {
        var (docs, groups) = Group(a, b);
        var group = QuantityArticles.GroupOfBoth(docs, groups, first, second);
        Assert.True(group is not null, QuantityArticles.Show(docs, groups));
        Assert.Equal(agree, group.Agree);
    }

    [Theory]
    // People said to be infected or to test positive are the outbreak's cases.
    [InlineData("The outbreak has infected 1,234 people in the province, health officials said on Tuesday.", "Health officials said on Tuesday that 1,243 cases had been confirmed in the province.", "1,234 people", "1,243 cases", false)]
    [InlineData("In all 310 people in the camp tested positive for cholera, the agency said.", "The agency counted 310 cholera cases in the camp.", "310 people", "310 cholera cases", true)]
    public void People_infected_are_the_cases(string a, string b, string first, string second, bool agree)
    {
        var (docs, groups) = Group(a, b);
        var group = QuantityArticles.GroupOfBoth(docs, groups, first, second);
        Assert.True(group is not null, QuantityArticles.Show(docs, groups));
        Assert.Equal(agree, group.Agree);
    }

    [Fact]
    public void People_who_are_not_said_to_be_infected_are_no_cases()
    {
        var (docs, groups) = Group(
            "Some 1,240 people were moved out of the province's flooded towns, officials said.",
            "Officials said 1,243 cases had been confirmed in the province.");
        Assert.False(Together(docs, groups, "1,240 people", "1,243 cases"));
    }

    [Fact]
    public void Persons_named_by_their_part_in_another_event_stay_apart()
    {
        var (docs, groups) = Group(
            "About 300 protesters marched through Lorne on Saturday.",
            "Police arrested 20 people at the march in Lorne on Saturday.");
        Assert.False(Together(docs, groups, "300 protesters", "20 people"));
    }

    [Theory]
    // Civilians are never the fighters of the same toll, whatever the value.
    [InlineData("Shelling of the market killed 20 civilians on Monday.", "The raid on the market killed 20 soldiers on Monday.", "20 civilians", "20 soldiers")]
    // Small counts coincide: two of anything are not evidence.
    [InlineData("The blast killed two people at the market.", "The blast at the market killed two children.", "two people", "two children")]
    // A toll of people and a different toll of its children are two figures.
    [InlineData("The strike killed 20 people in the village.", "The strike killed 7 children in the village.", "20 people", "7 children")]
    public void People_and_persons_of_a_kind_stay_apart_otherwise(string a, string b, string first, string second)
    {
        var (docs, groups) = Group(a, b);
        Assert.False(Together(docs, groups, first, second));
    }

    [Fact]
    public void A_nationality_counts_people()
    {
        var (docs, groups) = Group(
            "Roughly 5 million Americans skipped their second dose of the vaccine, the report said.",
            "More than 5 million people skipped their second dose of the vaccine, the report found.");
        Assert.True(Together(docs, groups, "5 million Americans", "5 million people"));
    }

    [Fact]
    public void An_amount_meets_itself_with_its_rate()
    {
        var (docs, groups) = Group(
            "The adjustment amounts to $92 a month for the average retired worker, the agency estimated.",
            "The adjustment means an increase of $92 for the average retired worker, the agency said.");
        Assert.True(Together(docs, groups, "$92 a month", "$92"));
        // One value of two currencies, or of a rate of another base, is not one amount.
        var (_, apart) = Group(
            "Fares rose to $92 a month for the average commuter, the agency estimated.",
            "Fares rose by 92 euros for the average commuter, the agency said.");
        Assert.Empty(apart);
    }

    [Theory]
    [InlineData("companies with 100 or more employees must comply", "employees")]
    [InlineData("districts with 50 or fewer seats voted", "seats")]
    [InlineData("100 or more were killed", null)]
    [InlineData("100 or more of them left", null)]
    [InlineData("100 or more pass the test", null)]
    public void A_bound_takes_its_noun_after_the_comparative(string text, string? noun)
    {
        int end = text.AsSpan().IndexOfAnyInRange('0', '9');
        while (end < text.Length && char.IsAsciiDigit(text[end]))
            end++;
        Assert.Equal(noun, FigureCues.NounAfterComparative(text, end, text.Length));
    }

    private static HashSet<string> EventsOf(string text, string figure)
    {
        var doc = QuantityArticles.Analyzed("e", text);
        int k = doc.Quantities.ToList().FindIndex(q => q.Text == figure);
        Assert.True(k >= 0, figure);
        return WhatItCounts.Resolve(doc, 0, k, doc.Quantities[k]).Events;
    }

    [Fact]
    public void A_part_of_a_toll_takes_the_toll_event_across_the_comma()
    {
        Assert.Contains("killed", EventsOf("The shelling of the market killed 58 people, including at least 20 children, the monitor said.", "20 children"));
        Assert.Contains("wounded", EventsOf("The blast wounded 40 people, among them 12 children.", "12 children"));
        // Without the inclusion the comma still closes the clause.
        Assert.Empty(EventsOf("The shelling of the market killed 58 people, while 20 children watched.", "20 children"));
        var (docs, groups) = Group(
            "The shelling of the market killed 58 people, including at least 20 children, the monitor said.",
            "At least 11 children were among the dead in the market, medics said.");
        Assert.True(Together(docs, groups, "20 children", "11 children"));
        Assert.False(Assert.Single(groups, g => g.Members.Any(m => docs[m.Article].Quantities[m.Index].Text == "20 children")).Agree);
        foreach (var lead in new[] { "killed 58 people, including at least ", "killed 58 people, among them ", "wounded 40, of whom " })
            Assert.True(FigureCues.IsIncludedPart(lead, lead.Length), lead);
        // Words that do not make the figure a part of the count before it.
        foreach (var lead in new[] { "The club has 58 members, mostly ", "killed 58 people, and ", "the bill, excluding " })
            Assert.False(FigureCues.IsIncludedPart(lead, lead.Length), lead);
        var (_, none) = Group(
            "The club has 58 members, including 20 children, its secretary said.",
            "At least 11 children were among the dead in the market, medics said.");
        Assert.DoesNotContain(none, g => g.Members.Count > 1 && !g.Agree);
    }
}
