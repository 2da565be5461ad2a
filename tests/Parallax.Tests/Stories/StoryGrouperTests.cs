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
            A("d", "Korlin dam: engineers warned of cracks", "Engineers had warned of cracks in the Korlin dam above Harrow months before it failed and flooded the valley, documents show.", 6),
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
    public void BCubed_scores_a_known_clustering()
    {
        // gold: {0,1,2} {3,4}; predicted: {0,1} {2,3,4}
        var (p, r, f) = BCubed.Score(["x", "x", "x", "y", "y"], [1, 1, 2, 2, 2]);
        Assert.Equal((1 + 1 + 1.0 / 3 + 2.0 / 3 + 2.0 / 3) / 5, p, 6);
        Assert.Equal((2.0 / 3 + 2.0 / 3 + 1.0 / 3 + 1 + 1) / 5, r, 6);
        Assert.Equal(2 * p * r / (p + r), f, 6);
    }
}
