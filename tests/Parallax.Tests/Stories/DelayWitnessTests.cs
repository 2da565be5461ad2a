using Parallax.Stories;

namespace Parallax.Tests.Stories;

public class DelayWitnessTests
{
    private static readonly DateTime Monday = new(2025, 3, 3, 0, 0, 0, DateTimeKind.Utc);

    // A text-only model that reads the first feature alone: 0.9 → 0.98, 0.55 → 0.62, 0.2 → 0.05.
    private static readonly StoryModel Text = new(-5, [10, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);

    private static StoryCluster Story(int id, params (string Outlet, int Day)[] members)
    {
        var story = new StoryCluster(id);
        foreach (var (outlet, day) in members)
        {
            story.Add(story.Members.Count, new ArticleFeatures(SparseVector.Empty, SparseVector.Empty, SparseVector.Empty, SparseVector.Empty, Monday.AddDays(day))
            {
                Outlet = outlet,
            });
        }
        return story;
    }

    private static double[] Match(double text) => [text, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];

    [Fact]
    public void The_best_text_match_gives_the_days_since_the_other_outlets_first_report()
    {
        var w = new DelayWitness("Weekly", Monday.AddDays(2), Text);
        w.Offer(Story(4, ("Herald", 0), ("Courier", 1)), Match(0.9));
        w.Offer(Story(5, ("Herald", 2)), Match(0.2));
        Assert.Equal((2, 4), w.Observed(0.6));
    }

    [Fact]
    public void A_rival_story_at_another_delay_makes_the_observation_ambiguous()
    {
        var w = new DelayWitness("Weekly", Monday.AddDays(2), Text);
        w.Offer(Story(4, ("Herald", 0)), Match(0.9));
        w.Offer(Story(5, ("Herald", 1)), Match(0.55));
        Assert.Null(w.Observed(0.6));

        // A second story at the same delay is no rival.
        var same = new DelayWitness("Weekly", Monday.AddDays(2), Text);
        same.Offer(Story(4, ("Herald", 0)), Match(0.9));
        same.Offer(Story(5, ("Courier", 0)), Match(0.55));
        Assert.Equal((2, 4), same.Observed(0.6));
    }

    [Fact]
    public void Weak_matches_stories_of_its_own_outlet_and_undated_reports_observe_nothing()
    {
        var weak = new DelayWitness("Weekly", Monday.AddDays(1), Text);
        weak.Offer(Story(1, ("Herald", 0)), Match(0.55));
        Assert.Null(weak.Observed(0.8));

        var own = new DelayWitness("Weekly", Monday.AddDays(1), Text);
        own.Offer(Story(1, ("weekly", 0)), Match(0.9));
        Assert.Null(own.Observed(0.6));

        var undated = new DelayWitness("Weekly", null, Text);
        undated.Offer(Story(1, ("Herald", 0)), Match(0.9));
        Assert.Null(undated.Observed(0.6));

        var nameless = new DelayWitness(null, Monday, Text);
        nameless.Offer(Story(1, ("Herald", 0)), Match(0.9));
        Assert.Null(nameless.Observed(0.6));
    }
}
