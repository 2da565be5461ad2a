using Parallax.Comparison.Figures;
using Parallax.Tests.Support;

namespace Parallax.Tests.Comparison;

public class FigureGrouperTests
{
    [Fact]
    public void Different_counts_of_the_same_thing_form_a_disagreeing_group()
    {
        var a = new ArticleBuilder("a", "Officials said 1,200 people were evacuated from the lower valley of Harrow on Tuesday.")
            .Quantity("1,200 people", 1200, "people").Build();
        var b = new ArticleBuilder("b", "Some 1,850 residents had been evacuated from Harrow's lower valley by Wednesday, rescuers said.")
            .Quantity("1,850 residents", 1850, "residents").Build();
        var group = Assert.Single(new FigureGrouper().Group([a, b]));
        Assert.False(group.Agree);
        Assert.Equal([new FigureRef(0, 0), new FigureRef(1, 0)], group.Members);
        Assert.Contains("evacuated", group.About);
    }

    [Fact]
    public void Equal_counts_agree()
    {
        var a = new ArticleBuilder("a", "The storm damaged 40 boats in the harbour of Lowmere.").Quantity("40 boats", 40, "boats").Build();
        var b = new ArticleBuilder("b", "In Lowmere harbour, 40 boats were damaged by the storm.").Quantity("40 boats", 40, "boats").Build();
        Assert.True(Assert.Single(new FigureGrouper().Group([a, b])).Agree);
    }

    [Fact]
    public void Figures_of_different_things_are_not_grouped()
    {
        var a = new ArticleBuilder("a", "The storm damaged 40 boats in the harbour of Lowmere.").Quantity("40 boats", 40, "boats").Build();
        var b = new ArticleBuilder("b", "The council will spend 3 million euros on new schools next year.").Quantity("3 million euros", 3_000_000, "euros").Build();
        Assert.Empty(new FigureGrouper().Group([a, b]));
    }

    [Fact]
    public void Killed_and_injured_counts_are_kept_apart_by_their_context()
    {
        var a = new ArticleBuilder("a", "The blast killed 12 people in the market. Another 30 people were injured and taken to hospital.")
            .Quantity("12 people", 12, "people").Quantity("30 people", 30, "people").Build();
        var b = new ArticleBuilder("b", "At least 14 people died in the market blast. Doctors treated 31 people who were injured at the hospital.")
            .Quantity("14 people", 14, "people").Quantity("31 people", 31, "people").Build();
        var groups = new FigureGrouper().Group([a, b]);
        Assert.Equal(2, groups.Count);
        Assert.Contains(groups, g => g.Members.SequenceEqual([new FigureRef(0, 0), new FigureRef(1, 0)]));
        Assert.Contains(groups, g => g.Members.SequenceEqual([new FigureRef(0, 1), new FigureRef(1, 1)]));
    }
}
