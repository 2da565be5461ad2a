using Parallax.Evaluation.Scoring;
using Parallax.Stories;
using Parallax.Tests.Support;

namespace Parallax.Tests.Stories;

public class StoryGrouperTests
{
    private static Parallax.Analysis.AnalyzedArticle A(string id, string title, string text, int day) =>
        new ArticleBuilder(id, text) { Title = title, Published = new DateTime(2024, 3, day) }.Build();

    [Fact]
    public void Reports_of_one_event_group_and_another_event_stays_apart()
    {
        var articles = new[]
        {
            A("a", "Dam fails above Harrow, valley evacuated", "The Korlin dam above Harrow failed on Tuesday night and floodwater reached the lower valley. Rescuers evacuated families from the valley as the Korlin river rose.", 5),
            A("b", "Harrow valley flooded after Korlin dam breach", "Floodwater from the breached Korlin dam swept into the Harrow valley. Families were evacuated by rescuers while the river kept rising.", 5),
            A("c", "Central bank raises rates to 5 percent", "The central bank of Ostmark raised its main interest rate to 5 percent on Thursday, citing inflation in food and energy prices.", 7),
            A("d", "Korlin dam: engineers warned of cracks", "Engineers had warned of cracks in the Korlin dam above Harrow months before it failed and flooded the valley, documents show.", 5),
        };
        var stories = StoryGrouper.GroupBatch(articles);
        Assert.Equal(2, stories.Count);
        Assert.Equal([0, 1, 3], stories[0]);
        Assert.Equal([2], stories[1]);
    }

    [Fact]
    public void Same_words_far_apart_in_time_open_a_new_story()
    {
        var text = "Voters in Ostmark elect a new parliament; turnout was high in the capital and the governing party lost seats.";
        var articles = new[] { A("a", "Ostmark votes", text, 1), new ArticleBuilder("b", text) { Title = "Ostmark votes", Published = new DateTime(2028, 3, 1) }.Build() };
        Assert.Equal(2, StoryGrouper.GroupBatch(articles).Count);
    }

    [Fact]
    public void A_next_day_report_joins_only_when_its_text_is_close()
    {
        var grouper = new StoryGrouper();
        var first = grouper.Add(Doc("Dam fails above Harrow, valley evacuated", "The Korlin dam above Harrow failed on Tuesday night and floodwater reached the lower valley. Rescuers evacuated families from the valley as the Korlin river rose.", 5));
        var close = grouper.Add(Doc("Korlin dam fails above Harrow; valley evacuated", "The Korlin dam above Harrow failed on Tuesday night and floodwater reached the lower valley. Rescuers evacuated the families from the valley as the Korlin river rose again.", 6));
        var loose = grouper.Add(Doc("Harrow school reopens after repairs", "The primary school in Harrow reopened after a summer of repairs to its roof and heating, the council said.", 6));
        Assert.True(first.Opened);
        Assert.Equal((first.Story, false), (close.Story, close.Opened));
        Assert.Equal((true, 1), (loose.Opened, loose.Story));
        Assert.Equal(2, grouper.StoryCount);
    }

    [Fact]
    public void With_times_of_day_the_next_morning_counts_as_the_same_day()
    {
        var evening = new StoryDocument("Ostmark central bank raises rates by half a point",
            "The Ostmark central bank raised its main rate by half a point to 6 percent, its biggest rise in a decade.", [], new DateTime(2024, 3, 5, 16, 0, 0));
        var morning = new StoryDocument("What the half-point rise means for your mortgage",
            "After the Ostmark central bank raised its main rate, mortgage payments will rise for most households.", [], new DateTime(2024, 3, 6, 7, 30, 0));
        var dayOnly = morning with { Time = new DateTime(2024, 3, 7) };
        var grouper = new StoryGrouper();
        int story = grouper.Add(evening).Story;
        Assert.Equal(story, grouper.Add(morning).Story);
        var other = new StoryGrouper();
        other.Add(evening);
        Assert.True(other.Add(dayOnly).Opened);
    }

    [Fact]
    public void Short_reports_named_alike_in_their_titles_group_though_their_bodies_share_little()
    {
        // Two excerpts of one leak: one explains the documents, the other opens on a client. Their bodies share a
        // word or two; their titles name the event the same way.
        var guide = Doc("Marrow Ledgers: what the Marrow Ledgers leak shows",
            "Nearly nine million records from offshore trust providers were passed to a consortium of reporters, who spent months "
            + "tracing shell companies across four continents before publishing this week.", 5);
        var client = Doc("Marrow Ledgers name a shipping magnate's island trusts",
            "A shipping magnate bought a harbour villa through a chain of island trusts in 2009, paying in cash, according to "
            + "files seen by this newspaper. His lawyers said every purchase had been declared.", 5);
        var budget = Doc("Harbour council passes a leaner budget",
            "The harbour council approved next year's budget on Tuesday, trimming road repairs and keeping the library open "
            + "on weekends after a petition.", 5);

        var grouper = new StoryGrouper();
        int story = grouper.Add(guide).Story;
        Assert.Equal((story, false), (grouper.Add(client).Story, false));
        Assert.True(grouper.Add(budget).Opened);

        // Without the waiver the body floor keeps the two excerpts apart: the title is what joins them.
        var strict = new StoryGrouper(StoryGroupingOptions.Default with { TitleWaivesBodyFloor = 1.01 });
        strict.Add(guide);
        Assert.True(strict.Add(client).Opened);
    }

    [Fact]
    public void Reports_in_other_words_that_name_one_event_alike_group_though_their_bodies_share_little()
    {
        // A wire report and a column on one extortion: the column argues, the report tells, and their bodies share a
        // word or two; both name the gang, the firm and the ransom.
        var wire = new StoryDocument("Hackers seek ransom after software supplier breach",
            "The Marrowkin gang asked for $45 million in exchange for a decryption key after breaking into Quillon Systems, "
            + "whose remote-management tool runs at hundreds of dental clinics, accountants and grocers, security researchers "
            + "said on Sunday. Infected machines showed a note in broken English; several pharmacies closed their tills, and "
            + "a supermarket chain sent staff home while technicians restored servers from backups overnight.",
            ["Marrowkin", "Quillon Systems"], new DateTime(2024, 3, 5));
        var column = new StoryDocument("Washington keeps failing small businesses",
            "If Marrowkin can demand $45 million from Quillon Systems customers, then Congress has let a decade of warnings "
            + "go unheeded. Family firms cannot hire their own defenders; they need rules with teeth, liability for vendors "
            + "that ship sloppy code, and insurers willing to price negligence. Lawmakers prefer hearings to statutes, and "
            + "every hearing ends with the same promise of a task force.",
            ["Marrowkin", "Quillon Systems", "Congress"], new DateTime(2024, 3, 5));
        // Sharing one figure and nothing else waives nothing.
        var bond = new StoryDocument("Tarrow approves stadium bond",
            "The Tarrow city council approved a $45 million bond for a new stadium on Tuesday after a long debate over "
            + "parking and traffic near the river.",
            ["Tarrow"], new DateTime(2024, 3, 5));

        var grouper = new StoryGrouper();
        int story = grouper.Add(wire).Story;
        Assert.Equal((story, false), (grouper.Add(column).Story, false));
        Assert.True(grouper.Add(bond).Opened);

        // Without the waiver the body floor keeps the two apart: the shared names and figure are what join them.
        var strict = new StoryGrouper(StoryGroupingOptions.Default with { NamesWaiveBodyFloor = 1.01 });
        strict.Add(wire);
        Assert.True(strict.Add(column).Opened);
    }

    [Fact]
    public void Two_stories_merge_when_a_bridging_article_shows_they_are_one()
    {
        var options = StoryGroupingOptions.Default with { MergeThreshold = 0.2 };
        var grouper = new StoryGrouper(options);
        var dam = grouper.Add(Doc("Tollen dam gives way", "The Tollen dam gave way before dawn, engineers said; its spillway had cracked under the weight of the spring melt.", 4));
        var town = grouper.Add(Doc("Kestrel Ford evacuated", "Police evacuated Kestrel Ford as water poured through the streets; families sheltered in the school gym overnight.", 4));
        var bridge = grouper.Add(Doc("Tollen dam failure floods Kestrel Ford", "Water from the Tollen dam, which gave way when its cracked spillway failed, poured through the streets of Kestrel Ford, and police evacuated families to the school gym.", 4));
        Assert.True(town.Opened);
        Assert.Equal(dam.Story, bridge.Story);
        Assert.Equal([town.Story], bridge.Merged);
        Assert.Equal(dam.Story, grouper.StoryOf(town.Article));
        Assert.Equal(1, grouper.StoryCount);
    }

    [Fact]
    public void Replaying_the_same_articles_in_the_same_order_gives_the_same_stories()
    {
        var docs = new[]
        {
            Doc("Ostmark parliament passes budget", "The Ostmark parliament passed the budget for next year by a narrow margin after a night of debate.", 3),
            Doc("Storm closes Velden port", "A winter storm closed the port of Velden and grounded ferries to the islands.", 3),
            Doc("Budget passes narrowly in Ostmark", "Ostmark's parliament narrowly passed next year's budget after an all-night debate in the chamber.", 3),
            Doc("Ferries grounded as storm hits Velden", "Ferries to the islands stayed in port as a winter storm hit Velden.", 3),
            Doc("Undated: budget vote in Ostmark", "The budget vote in the Ostmark parliament was narrow.", null),
        };
        var a = new StoryGrouper();
        var b = new StoryGrouper();
        var first = docs.Select(d => a.Add(d).Story).ToList();
        var second = docs.Select(d => b.Add(d).Story).ToList();
        Assert.Equal(first, second);
        Assert.Equal([0, 1, 0, 1, 0], first);
        Assert.Equal([0, 1, 2, 3, 4], docs.Select((_, i) => a.Add(docs[i]).Article - docs.Length));
    }

    [Fact]
    public void A_wire_copy_is_flagged_as_duplicate_of_the_first_and_joins_its_story()
    {
        const string wire = "Rescue teams in the mountain town of Serrat worked through the night to reach miners trapped by a rockfall " +
            "on Monday, the regional mining authority said. Eleven miners were underground when the tunnel roof gave way, and " +
            "four have been brought out alive so far. Relatives gathered at the gates of the mine as ambulances waited nearby. " +
            "The authority said ventilation shafts were intact and that it expected to reach the remaining men within a day. " +
            "Serrat has mined copper since the last century, and the mine employs about four hundred people from the valley.";
        var copy = wire.Replace("Relatives", "Families", StringComparison.Ordinal);
        var other = "Miners in Serrat have long warned about the state of the tunnels, and the union called for an inquiry into " +
            "safety inspections at the mine after the rockfall, saying the regional authority had ignored complaints for years " +
            "and that ventilation had failed twice last winter while inspectors looked elsewhere and nobody was held to account.";
        var grouper = new StoryGrouper();
        var original = grouper.Add(Doc("Miners trapped in Serrat rockfall", wire, 7));
        var republished = grouper.Add(Doc("Serrat: rescue under way for trapped miners", copy, 7));
        var comment = grouper.Add(Doc("Union demands inquiry into Serrat mine", other, 7));
        Assert.Null(original.DuplicateOf);
        Assert.Equal(original.Article, republished.DuplicateOf);
        Assert.Equal(original.Story, republished.Story);
        Assert.Null(comment.DuplicateOf);
    }

    [Fact]
    public void An_undated_article_can_join_a_story_whose_days_have_passed()
    {
        var grouper = new StoryGrouper();
        var old = grouper.Add(Doc("Velden bridge collapses", "The old rail bridge at Velden collapsed into the river; no train was on it and nobody was hurt, the railway said.", 1));
        grouper.Add(Doc("Ostmark budget passes", "The Ostmark parliament passed the budget after a long debate.", 20));
        var late = grouper.Add(Doc("Rail bridge at Velden collapses into river", "The railway said nobody was hurt when the old Velden rail bridge collapsed into the river with no train on it.", null));
        Assert.Equal(old.Story, late.Story);
    }

    private static StoryDocument Doc(string title, string text, int? day) =>
        new(title, text, [], day is { } d ? new DateTime(2024, 3, 1).AddDays(d - 1) : null);

    [Fact]
    public void BCubed_scores_a_known_clustering()
    {
        // gold: {0,1,2} {3,4}; predicted: {0,1} {2,3,4}
        var (p, r, f) = BCubed.Score(["x", "x", "x", "y", "y"], [1, 1, 2, 2, 2]);
        Assert.Equal((1 + 1 + 1.0 / 3 + 2.0 / 3 + 2.0 / 3) / 5, p, 6);
        Assert.Equal((2.0 / 3 + 2.0 / 3 + 1.0 / 3 + 1 + 1) / 5, r, 6);
        Assert.Equal(2 * p * r / (p + r), f, 6);
    }
}
