using Parallax.Analysis;
using Parallax.Comparison.Figures;
using Parallax.Tests.Support;

namespace Parallax.Tests.Comparison;

/// <summary>
/// Tolls written without their noun (issue 12: "killed at least 41", "27 were wounded", "the death toll rose to 19")
/// count people, so two outlets' different tolls of one event meet and are disputed; a participle right after a count
/// says what happened to it ("with 50 others injured"), whatever else its clause names. Members must group; look-alikes
/// must not.
/// </summary>
public class FigureTollFamiliesTests
{
    private static (AnalyzedArticle[] Docs, IReadOnlyList<FigureGroup> Groups) Group(params string[] texts) => QuantityArticles.Group(texts);

    private static string Show(AnalyzedArticle[] docs, IReadOnlyList<FigureGroup> groups) => QuantityArticles.Show(docs, groups);

    private static FigureGroup? GroupOf(AnalyzedArticle[] docs, IReadOnlyList<FigureGroup> groups, int article, string text) =>
        QuantityArticles.GroupOf(docs, groups, article, text);

    [Theory]
    [InlineData("Monitors said the death toll in the market bombing was at least 24 by nightfall.",
        "The market bombing killed 43 people, hospital officials said on Sunday.", "24", "43 people")]
    [InlineData("The flood in the valley has killed at least 41, rescuers said.",
        "Rescuers said 58 people were killed by the flood in the valley.", "41", "58 people")]
    [InlineData("At least 27 were wounded when the bridge collapsed in the storm.",
        "The bridge collapse injured 35 people during the storm, officials said.", "27", "35 people")]
    [InlineData("The number of victims of the ferry sinking is at least 70, the coast guard said.",
        "The ferry sinking killed 52 people, the operator said on Tuesday.", "70", "52 people")]
    [InlineData("Police said the toll from the mine collapse rose to 19 on Friday.",
        "The mine collapse has killed 23 people, the company said.", "19", "23 people")]
    public void A_bare_toll_counts_people_and_disputes_a_toll_of_people(string a, string b, string first, string second)
    {
        var (docs, groups) = Group(a, b);
        var g = GroupOf(docs, groups, 0, first);
        Assert.True(g is not null && g == GroupOf(docs, groups, 1, second), Show(docs, groups));
        Assert.False(g!.Agree);
    }

    [Theory]
    // A part of a toll whose kind follows "were" counts that kind.
    [InlineData("The Observatory said 9 of the dead were children.", "At least 12 children were among the dead in the town.", "9", "12 children")]
    [InlineData("Medics said 4 of those killed were women.", "Six women were among those killed, rescuers said.", "4", "Six women")]
    [InlineData("Police said 11 of the victims were children.", "The attack killed 14 children, the ministry said.", "11 of the victims", "14 children")]
    [InlineData("The ministry said 23 people died in the blast; 9 were children.", "At least 12 children were among the dead in the blast.", "9", "12 children")]
    [InlineData("Medics said four of the dead were children.", "At least six children were among the dead in the town.", "four", "six children")]
    public void A_part_of_a_toll_named_after_were_counts_that_kind(string a, string b, string first, string second)
    {
        var (docs, groups) = Group(a, b);
        var g = GroupOf(docs, groups, 0, first);
        Assert.True(g is not null && g == GroupOf(docs, groups, 1, second), Show(docs, groups));
        Assert.False(g!.Agree);
    }

    [Theory]
    // A verb or a place after "were" says nothing of the kind: the part is no count of children.
    [InlineData("Medics said 9 of the dead were identified by relatives.", "At least 12 children were among the dead in the town.", "9", "12 children")]
    [InlineData("Medics said 9 of the dead were from the village.", "At least 12 children were among the dead in the town.", "9", "12 children")]
    [InlineData("Police said 11 of the victims were still missing.", "The attack killed 14 children, the ministry said.", "11 of the victims", "14 children")]
    public void A_part_of_a_toll_without_a_kind_after_were_stays_apart_from_a_kind(string a, string b, string first, string second)
    {
        var (docs, groups) = Group(a, b);
        var g = GroupOf(docs, groups, 0, first);
        Assert.True(g is null || g != GroupOf(docs, groups, 1, second), Show(docs, groups));
    }

    [Theory]
    // A toll of a narrower kind is another figure unless the values are one.
    [InlineData("The market bombing killed at least 24, monitors said.", "Among the dead of the market bombing were 9 children.", "24", "9 children")]
    // Another event: the wounded are not the dead, nor the victims.
    [InlineData("The number of victims of the ferry sinking is at least 70, the coast guard said.", "The ferry sinking injured 52 people, the operator said.", "70", "52 people")]
    [InlineData("The market bombing killed at least 24, monitors said.", "The market bombing wounded 60 people, medics said.", "24", "60 people")]
    // A bare number with no toll word stays what it was: nothing counts people.
    [InlineData("The market reopened after 24 days, traders said.", "The market bombing killed 43 people, officials said.", "24 days", "43 people")]
    public void Tolls_of_other_kinds_or_events_stay_apart(string a, string b, string first, string second)
    {
        var (docs, groups) = Group(a, b);
        var g = GroupOf(docs, groups, 0, first);
        Assert.True(g is null || g != GroupOf(docs, groups, 1, second), Show(docs, groups));
    }

    [Fact]
    public void A_participle_after_the_count_names_its_event()
    {
        var (docs, groups) = Group(
            "The previous death toll from the convoy blast was 20 with 50 others injured.",
            "The convoy blast wounded 50 people, the health ministry said.",
            "The convoy blast killed 50 soldiers, the army said.");
        var wounded = GroupOf(docs, groups, 0, "50 others");
        Assert.True(wounded is not null && wounded == GroupOf(docs, groups, 1, "50 people"), Show(docs, groups));
        Assert.NotEqual(wounded, GroupOf(docs, groups, 2, "50 soldiers"));
    }

    [Theory]
    // The count's own passive names its event, whatever the clause before it says happened to others.
    [InlineData("Three guards were killed in the raid including a driver he said adding that 21 others were wounded.", "21 others",
        "The raid on the depot wounded 21 people, medics said.", "21 people", "The raid on the depot killed 21 people, the army said.", "21 people")]
    [InlineData("Two crew members died when the ferry capsized and 14 others had been injured, the coast guard said.", "14 others",
        "Fourteen passengers were injured when the ferry capsized.", "Fourteen passengers", "The ferry capsized and 14 passengers drowned.", "14 passengers")]
    [InlineData("The blast killed four workers and 30 people were also hurt, the plant said.", "30 people",
        "The plant blast hurt 30 people, firefighters said.", "30 people", "The plant blast killed 30 people in all, firefighters said.", "30 people")]
    // The parts named after "including" stand between the count and its verb.
    [InlineData("Shelling went on and 11 civilians including a reporter for a pro-government channel were wounded in the suburbs.", "11 civilians",
        "The shelling of the suburbs wounded 11 people, medics said.", "11 people", "The shelling of the suburbs killed 11 people, medics said.", "11 people")]
    [InlineData("Rockets fell and 14 people, including two aid workers from the Red Crescent, were killed near the crossing.", "14 people",
        "The rockets killed 14 people near the crossing, officials said.", "14 people", "The rockets wounded 14 people near the crossing, officials said.", "14 people")]
    public void A_passive_after_the_count_names_its_event(string a, string figure, string same, string sameFigure, string other, string otherFigure)
    {
        var (docs, groups) = Group(a, same);
        var g = GroupOf(docs, groups, 0, figure);
        Assert.True(g is not null && g == GroupOf(docs, groups, 1, sameFigure), Show(docs, groups));
        // Alone with the other event's count of the same value, it still stays apart.
        (docs, groups) = Group(a, other);
        g = GroupOf(docs, groups, 0, figure);
        Assert.True(g is null || g != GroupOf(docs, groups, 1, otherFigure), Show(docs, groups));
    }

    [Theory]
    [InlineData("Economists surveyed by the wire had been looking for 845,000 new jobs and a rate of 5.7%.",
        "Payrolls beat forecasts: economists were expecting 870,000 jobs, a survey showed.", "845,000 new jobs", "870,000 jobs")]
    [InlineData("Analysts had forecast 1.2 million new homes in the quarter.",
        "Builders started 1.3 million homes; the consensus was 1.4 million homes for the quarter.", "1.2 million new homes", "1.4 million homes")]
    public void Two_forecasts_of_one_kind_are_one_disputed_figure(string a, string b, string first, string second)
    {
        var (docs, groups) = Group(a, b);
        var g = GroupOf(docs, groups, 0, first);
        Assert.True(g is not null && g == GroupOf(docs, groups, 1, second), Show(docs, groups));
        Assert.False(g!.Agree);
    }

    [Fact]
    public void A_bare_forecast_joins_the_forecasts_of_a_kind()
    {
        var (docs, groups) = Group(
            "Factories hired 61,000 workers in May. Forecasters polled by the bank were expecting 52,000 jobs gained.",
            "It was the best month since winter, and more than the 52,000 analysts had expected.",
            "Factories hired 61,000 in May. Analysts surveyed by the wire had been looking for 48,000 new jobs.");
        var g = GroupOf(docs, groups, 0, "52,000 jobs");
        Assert.True(g is not null && g == GroupOf(docs, groups, 1, "52,000 analysts") && g == GroupOf(docs, groups, 2, "48,000 new jobs"), Show(docs, groups));
        Assert.False(g!.Agree);
        Assert.NotEqual(g, GroupOf(docs, groups, 0, "61,000 workers"));
    }

    [Fact]
    public void A_forecast_does_not_meet_another_kind_or_what_happened()
    {
        var (docs, groups) = Group(
            "Economists had been looking for 845,000 new jobs this month.",
            "Employers added 943,000 jobs, far above forecasts, while economists expected 30,000 layoffs.");
        var g = GroupOf(docs, groups, 0, "845,000 new jobs");
        Assert.True(g is null || (g != GroupOf(docs, groups, 1, "943,000 jobs") && g != GroupOf(docs, groups, 1, "30,000 layoffs")), Show(docs, groups));
    }

    [Fact]
    public void An_article_s_rounded_mention_of_its_own_figure_joins_the_group()
    {
        var (docs, groups) = Group(
            "The registrar said on Friday that 48,312 \"inactive\" names will go from the voter rolls. The purge of the 50,000 names from the voter rolls is the registrar's first since 2019.",
            "The registrar will purge some 50,000 names from the voter rolls, the office said.",
            "The office said on Friday that nearly 49,000 \"inactive\" names will go in a purge of the voter rolls.");
        var g = GroupOf(docs, groups, 0, "48,312");
        Assert.True(g is not null && g == GroupOf(docs, groups, 0, "50,000 names") && g == GroupOf(docs, groups, 1, "50,000 names"), Show(docs, groups));
    }

    [Fact]
    public void Two_counts_of_one_noun_in_an_article_that_no_rounding_joins_stay_two()
    {
        var (docs, groups) = Group(
            "The registrar struck 48,312 names from the rolls. A year earlier it had struck 31,000 names from the rolls.",
            "The registrar struck some 48,000 names from the rolls, the office said.");
        var g = GroupOf(docs, groups, 0, "48,312 names");
        Assert.True(g is not null && g == GroupOf(docs, groups, 1, "48,000 names"), Show(docs, groups));
        Assert.NotEqual(g, GroupOf(docs, groups, 0, "31,000 names"));
    }

    [Fact]
    public void A_part_keeps_the_event_of_the_whole_it_is_among()
    {
        var (docs, groups) = Group(
            "Monitors said at least 9 children were among the 31 civilians killed in the school strike.",
            "The school strike killed 14 children, the relief agency said.");
        var g = GroupOf(docs, groups, 0, "9 children");
        Assert.True(g is not null && g == GroupOf(docs, groups, 1, "14 children"), Show(docs, groups));
    }

    [Theory]
    // A toll named by its own noun counts persons: "55 injuries" are 55 people injured.
    [InlineData("The hospital recorded four deaths and 55 injuries from the gas attack.",
        "The gas attack killed six people, the rescue service said.", "four deaths", "six people", false)]
    [InlineData("The rescuers recorded 22 injuries after the barrel bomb on the market.",
        "At least 22 people were injured by the barrel bomb on the market.", "22 injuries", "22 people", true)]
    public void A_toll_named_by_its_own_noun_counts_people(string a, string b, string first, string second, bool agree)
    {
        var (docs, groups) = Group(a, b);
        var g = GroupOf(docs, groups, 0, first);
        Assert.True(g is not null && g == GroupOf(docs, groups, 1, second), Show(docs, groups));
        Assert.Equal(agree, g!.Agree);
    }

    [Fact]
    public void A_verb_with_a_count_of_its_own_starts_the_next_clause()
    {
        // The comma is lost in the first ("killed ... people wounded at least one million"): "wounded" is the next
        // clause's verb, not a participle of the dead.
        var (docs, groups) = Group(
            "The monitor says the conflict has killed more than 190000 people wounded at least one million and displaced millions.",
            "The monitor says the conflict has killed more than 190000 people and wounded at least 1 million.");
        var killed = GroupOf(docs, groups, 0, "190000 people");
        Assert.True(killed is not null && killed == GroupOf(docs, groups, 1, "190000 people") && killed.Agree, Show(docs, groups));
        var wounded = GroupOf(docs, groups, 0, "one million");
        Assert.True(wounded is not null && wounded == GroupOf(docs, groups, 1, "1 million") && wounded != killed, Show(docs, groups));
    }

    [Theory]
    // A bare part of the wounded or the dead is fewer than them: no dispute with their count.
    [InlineData("The bombing wounded another 40 near the checkpoint.", "Fifteen of the wounded were in critical condition near the checkpoint, medics said.", "40", "Fifteen")]
    [InlineData("At least 30 were killed in the raid on the camp.", "Nine of the dead in the raid on the camp were women, the monitor said.", "30", "Nine")]
    [InlineData("The blast injured 26 people at the depot on Monday.", "Six of those hurt at the depot on Monday remain in hospital.", "26 people", "Six")]
    public void A_part_of_a_toll_does_not_meet_the_toll(string a, string b, string first, string second)
    {
        var (docs, groups) = Group(a, b);
        var g = GroupOf(docs, groups, 0, first);
        Assert.True(g is null || g != GroupOf(docs, groups, 1, second), Show(docs, groups));
    }

    [Theory]
    // The same part in two outlets, and a part that names its kind against a count of that kind.
    [InlineData("Fifteen of the wounded were in critical condition, the monitor said.", "The monitor said 15 of the wounded were in critical condition.", "Fifteen", "15", true)]
    [InlineData("Eleven of the dead were children, medics said after the strike on the school.", "The strike on the school killed 14 children, medics said.", "Eleven", "14 children", false)]
    public void A_part_meets_the_same_part_or_a_count_of_its_kind(string a, string b, string first, string second, bool agree)
    {
        var (docs, groups) = Group(a, b);
        var g = GroupOf(docs, groups, 0, first);
        Assert.True(g is not null && g == GroupOf(docs, groups, 1, second), Show(docs, groups));
        Assert.Equal(agree, g!.Agree);
    }

    [Theory]
    // One outlet gives two sources' counts of the children killed, more than twice apart, one clause naming the airstrike
    // and the other not; two other outlets give 11, each in the words of one of them: one figure, disputed.
    [InlineData("The monitor said nine children were killed in the airstrike on the town. Hospital staff in the town counted at least 20 children killed in the strike.",
        "The monitor said 11 children were killed in the airstrike on the town.",
        "Hospital staff in the town counted 11 children killed in the strike.", "nine children", "20 children")]
    [InlineData("Police said 12 workers were hurt when the scaffold fell at the plant. Union officials counted 27 workers injured in the collapse.",
        "Police said 15 workers were hurt when the scaffold fell at the plant.",
        "Union officials counted 15 workers injured in the collapse.", "12 workers", "27 workers")]
    public void Two_counts_of_one_kind_in_one_article_join_the_other_outlets_figure(string a, string b, string c, string first, string second)
    {
        var (docs, groups) = Group(a, b, c);
        var g = GroupOf(docs, groups, 0, first);
        Assert.True(g is not null && g == GroupOf(docs, groups, 0, second) && g == groups.FirstOrDefault(x => x.Members.Any(m => m.Article == 1))
            && g == groups.FirstOrDefault(x => x.Members.Any(m => m.Article == 2)), Show(docs, groups));
        Assert.False(g!.Agree);
    }

    [Theory]
    // A closed compound of "children" counts children.
    [InlineData("At least four schoolchildren were killed when a shell hit the school gate.", "The shell that hit the school gate killed six children, medics said.", "four schoolchildren", "six children")]
    [InlineData("The fire at the house killed three grandchildren of the owner.", "Five children died in the fire at the house, firefighters said.", "three grandchildren", "Five children")]
    public void A_compound_of_children_disputes_a_toll_of_children(string a, string b, string first, string second)
    {
        var (docs, groups) = Group(a, b);
        var g = GroupOf(docs, groups, 0, first);
        Assert.True(g is not null && g == GroupOf(docs, groups, 1, second), Show(docs, groups));
        Assert.False(g!.Agree);
    }

    [Theory]
    // Other persons of the same toll stay apart.
    [InlineData("At least four schoolchildren were killed when a shell hit the school gate.", "The shell that hit the school gate killed six teachers, medics said.", "four schoolchildren", "six teachers")]
    public void A_compound_of_children_stays_apart_from_other_persons(string a, string b, string first, string second)
    {
        var (docs, groups) = Group(a, b);
        var g = GroupOf(docs, groups, 0, first);
        Assert.True(g is null || g != GroupOf(docs, groups, 1, second), Show(docs, groups));
    }

    [Theory]
    // A count of lives taken is a toll, whatever verb takes them: the sentences share nothing else.
    [InlineData("Envoys met in Vesca to end a conflict that has claimed some 40,000 lives.",
        "More than 35,000 people have been killed since the uprising began, according to monitors.", "40,000 lives", "35,000 people")]
    [InlineData("The outbreak has cost 2,300 lives so far.",
        "Health officials say 2,100 people have died of the fever across the region.", "2,300 lives", "2,100 people")]
    [InlineData("The quake took 61 lives.",
        "Rescue teams said 58 people were killed when the apartment blocks collapsed.", "61 lives", "58 people")]
    public void A_count_of_lives_is_a_toll(string a, string b, string first, string second)
    {
        var (docs, groups) = Group(a, b);
        var g = GroupOf(docs, groups, 0, first);
        Assert.True(g is not null && g == GroupOf(docs, groups, 1, second), Show(docs, groups));
    }

    [Theory]
    // Lives saved are no toll.
    [InlineData("The new levees saved an estimated 4,000 lives in the valley this spring, engineers said.",
        "More than 3,500 people have been killed in the valley since the spring, a monitor said.", "4,000 lives", "3,500 people")]
    [InlineData("Medics say the field hospital spared 140 lives during the siege.",
        "At least 150 people were killed during the siege, medics said.", "140 lives", "150 people")]
    public void Lives_saved_are_no_toll(string a, string b, string first, string second)
    {
        var (docs, groups) = Group(a, b);
        var g = GroupOf(docs, groups, 0, first);
        Assert.True(g is null || g != GroupOf(docs, groups, 1, second), Show(docs, groups));
    }

    /// <summary>
    /// A count set beside another ("killing two and injuring 10 other people", "five other civilians died") counts its
    /// noun, and a gas attack's "suffered suffocation" is what happened to the injured: such counts meet the other
    /// outlet's count of them, and an injured count never meets the dead.
    /// </summary>
    [Theory]
    [InlineData("Two people were killed and 10 other people were injured when shells hit the Orrin quarter on Saturday.",
        "The shells that fell on the Orrin quarter on Saturday killed two and injured 12, the civil defence said.", "10 other people", "12")]
    [InlineData("Five other civilians were killed when a second rocket hit the bakery in Tessa, the monitor said.",
        "A second rocket struck the Tessa bakery, killing five civilians, medics said.", "Five other civilians", "five civilians")]
    [InlineData("Some 35 people suffered suffocation after the gas attack on the Varn suburb, medics said.",
        "At least 35 people were injured in the gas attack on the Varn suburb, the ministry said.", "35 people", "35 people")]
    public void Other_counts_and_suffocation_meet_their_toll(string a, string b, string first, string second)
    {
        var (docs, groups) = Group(a, b);
        var g = GroupOf(docs, groups, 0, first);
        Assert.True(g is not null && g == GroupOf(docs, groups, 1, second), Show(docs, groups));
    }

    [Theory]
    // The injured of a gas attack are not the dead of another strike, however alike the sentences run.
    [InlineData("Three civilians were killed and about twenty other civilians, including women and children, suffered from suffocation after the gas attack on Varn.",
        "Air strikes on the village of Hayan killed at least 10 people, including women and children.", "twenty other civilians", "10 people")]
    // A count of dead is not a count of the injured.
    [InlineData("Some 35 people suffered suffocation after the gas attack on the Varn suburb, medics said.",
        "At least 35 people were killed in the gas attack on the Varn suburb, the ministry said.", "35 people", "35 people")]
    public void Suffocation_stays_apart_from_deaths(string a, string b, string first, string second)
    {
        var (docs, groups) = Group(a, b);
        var g = GroupOf(docs, groups, 0, first);
        Assert.True(g is null || g != GroupOf(docs, groups, 1, second), Show(docs, groups));
    }

    /// <summary>
    /// A count whose parts are named before its verb by "among them" or "among whom" ("14 people, among them three
    /// children, were wounded") takes that verb, as after "including": it meets the other outlet's count of the same
    /// event, never its count of another.
    /// </summary>
    [Theory]
    [InlineData("Fourteen people, among them three children, were wounded in the shelling of the Orrin market.",
        "The shelling of the Orrin market wounded 16 people, the hospital said.", "Fourteen people", "16 people", true)]
    [InlineData("Nine civilians among whom two nurses were killed when the clinic in Tessa was hit.",
        "The strike on the Tessa clinic killed 11 civilians, medics said.", "Nine civilians", "11 civilians", true)]
    [InlineData("Fourteen people, among them three children, were wounded in the shelling of the Orrin market.",
        "The shelling of the Orrin market killed 16 people, the hospital said.", "Fourteen people", "16 people", false)]
    [InlineData("Nine civilians among whom two nurses were killed when the clinic in Tessa was hit.",
        "The strike on the Tessa clinic wounded 11 civilians, medics said.", "Nine civilians", "11 civilians", false)]
    public void A_count_whose_parts_come_first_takes_its_own_verb(string a, string b, string first, string second, bool together)
    {
        var (docs, groups) = Group(a, b);
        var g = GroupOf(docs, groups, 0, first);
        bool joined = g is not null && g == GroupOf(docs, groups, 1, second);
        Assert.True(joined == together, Show(docs, groups));
    }

    /// <summary>
    /// A count's own active verb after its parts ("including two children died") or a verb of suffering with the noun of
    /// what happened ("suffered injuries", "sustained serious wounds", "suffered from suffocation") names its event; a
    /// defeat suffered is none.
    /// </summary>
    [Theory]
    [InlineData("Thirty soldiers suffered injuries when the convoy hit a mine near Orrin.",
        "The mine blast near Orrin wounded 30 soldiers, the army said.", "Thirty soldiers", "30 soldiers", true)]
    [InlineData("Nine workers sustained serious wounds in the explosion at the Tessa plant.",
        "The explosion at the Tessa plant injured 12 workers, the company said.", "Nine workers", "12 workers", true)]
    [InlineData("Eleven people including two children died in the fire at the Varn hostel.",
        "The fire at the Varn hostel killed 14 people, firefighters said.", "Eleven people", "14 people", true)]
    [InlineData("Thirty soldiers suffered injuries when the convoy hit a mine near Orrin.",
        "The mine blast near Orrin killed 30 soldiers, the army said.", "Thirty soldiers", "30 soldiers", false)]
    [InlineData("Nine workers sustained serious wounds in the explosion at the Tessa plant.",
        "The explosion at the Tessa plant killed nine workers, the company said.", "Nine workers", "nine workers", false)]
    [InlineData("About twenty civilians including women and children suffered from suffocation after the gas attack on Varn.",
        "The gas attack on Varn killed 20 civilians including women and children, medics said.", "twenty civilians", "20 civilians", false)]
    [InlineData("Eleven people including two children died in the fire at the Varn hostel.",
        "The fire at the Varn hostel injured 11 people, firefighters said.", "Eleven people", "11 people", false)]
    public void A_verb_of_suffering_names_what_happened(string a, string b, string first, string second, bool together)
    {
        var (docs, groups) = Group(a, b);
        var g = GroupOf(docs, groups, 0, first);
        bool joined = g is not null && g == GroupOf(docs, groups, 1, second);
        Assert.True(joined == together, Show(docs, groups));
    }

    /// <summary>
    /// Headlines in title case list counts with capitalised participles ("2 Killed 10 Injured in Shelling", "Child Killed,
    /// 9 Civilians Injured in"): each count takes the participle after it. A capitalised word after the participle may
    /// be a count title case hid ("Attacks Kill 10 Civilians Injured Dozens"), so that count keeps the verb before it.
    /// </summary>
    [Theory]
    [InlineData("Sun May 4 2025 3 Killed 12 Injured in Rocket Attack on Orrin Market\nA rocket hit the Orrin market on Sunday.",
        "A rocket that hit the Orrin market on Sunday injured 12 people, the hospital said.", "12", "12 people", true)]
    [InlineData("Sun May 4 2025 3 Killed 12 Injured in Rocket Attack on Orrin Market\nA rocket hit the Orrin market on Sunday.",
        "A rocket that hit the Orrin market on Sunday killed 12 people, the hospital said.", "12", "12 people", false)]
    [InlineData("Sun May 4 2025 Child Killed, 9 Civilians Injured in Shelling on Tessa\nShells fell on Tessa on Sunday.",
        "Shells that fell on Tessa on Sunday wounded 11 civilians, medics said.", "9 Civilians", "11 civilians", true)]
    [InlineData("Sun May 4 2025 Rocket Attacks Kill 10 Civilians Injured Dozens in Varn\nRockets fell on Varn on Sunday.",
        "Rockets that fell on Varn on Sunday killed 10 civilians, medics said.", "10 Civilians", "10 civilians", true)]
    public void Headline_participles_name_each_counts_event(string a, string b, string first, string second, bool together)
    {
        var (docs, groups) = Group(a, b);
        var g = GroupOf(docs, groups, 0, first);
        bool joined = g is not null && g == GroupOf(docs, groups, 1, second);
        Assert.True(joined == together, Show(docs, groups));
    }

    /// <summary>
    /// A part named with its whole ("82 people, including 58 civilians"; "30 people, 12 of them children") is the partner
    /// of another outlet's count of its own kind; a count of another kind ("47 people, most of them civilians") meets the
    /// whole, even where the part's sentence reads as much alike.
    /// </summary>
    [Theory]
    [InlineData("Air strikes on the town of Orrin killed 47 people on Sunday, most of them civilians, the monitor said.",
        "Air strikes on the town of Orrin killed 58 civilians on Sunday, the monitor said. The strikes killed at least 82 people, including 58 civilians, it said.",
        "47 people", "82 people", true)]
    [InlineData("Air strikes on the town of Orrin killed 47 people on Sunday, most of them civilians, the monitor said.",
        "Air strikes on the town of Orrin killed 58 civilians on Sunday, the monitor said. The strikes killed at least 82 people, including 58 civilians, it said.",
        "47 people", "58 civilians", false)]
    [InlineData("Air strikes on the town of Orrin killed 31 civilians on Sunday, the monitor said.",
        "Air strikes on the town of Orrin killed 58 civilians on Sunday, the monitor said. The strikes killed at least 82 people, including 58 civilians, it said.",
        "31 civilians", "58 civilians", true)]
    [InlineData("The shelling of the Tessa market killed 25 people on Monday, medics said.",
        "The shelling of the Tessa market on Monday killed 12 children, medics said. In all it killed 30 people, 12 of them children.",
        "25 people", "30 people", true)]
    public void A_part_named_with_its_whole_meets_its_own_kind(string a, string b, string first, string second, bool together)
    {
        var (docs, groups) = Group(a, b);
        var g = GroupOf(docs, groups, 0, first);
        bool joined = g is not null && g == GroupOf(docs, groups, 1, second);
        Assert.True(joined == together, Show(docs, groups));
    }
}
