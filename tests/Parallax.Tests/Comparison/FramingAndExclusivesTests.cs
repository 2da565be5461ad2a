using Parallax.Comparison.Exclusives;
using Parallax.Comparison.Framing;
using Parallax.Tests.Support;

namespace Parallax.Tests.Comparison;

public class FramingAndExclusivesTests
{
    [Fact]
    public void Framing_counts_each_outlets_terms_per_family_whole_words_only()
    {
        var a = new ArticleBuilder("a", "Rebels held the town. The rebels said the regime shelled it. Rebellious youth watched.").Build();
        var b = new ArticleBuilder("b", "Terrorists held the town until its liberation, the government said. Terrorists fled.").Build();
        var rows = FramingTable.Count([a, b]);
        var opponents = rows.Single(r => r.Family == "armed opponents");
        Assert.Equal(["terrorists", "rebels"], opponents.Terms);
        Assert.Equal([0, 2], opponents.Counts[0]);
        Assert.Equal([2, 0], opponents.Counts[1]);
        var power = rows.Single(r => r.Family == "those in power");
        Assert.Equal(["regime", "government"], power.Terms);
        Assert.Contains(rows, r => r.Family == "taking a place");
        Assert.DoesNotContain(rows, r => r.Family == "unrest");
    }

    [Fact]
    public void A_sentence_no_other_outlet_echoes_is_exclusive()
    {
        var a = new ArticleBuilder("a", "The Korlin dam failed on Tuesday night above the town of Harrow. Engineers had warned about deep cracks in the concrete wall last spring.").Build();
        var b = new ArticleBuilder("b", "Above the town of Harrow, the Korlin dam failed on Tuesday night. Schools across the valley will stay closed for the rest of the week.").Build();
        var found = ExclusiveFinder.Find([a, b]);
        var onlyA = Assert.Single(found[0].Sentences);
        Assert.StartsWith("Engineers had warned", a.Text[onlyA.Start..onlyA.End]);
        var onlyB = Assert.Single(found[1].Sentences);
        Assert.StartsWith("Schools across", b.Text[onlyB.Start..onlyB.End]);
    }

    [Fact]
    public void A_single_article_story_has_no_exclusives()
    {
        var a = new ArticleBuilder("a", "Engineers had warned about deep cracks in the concrete wall last spring.").Build();
        Assert.Empty(Assert.Single(ExclusiveFinder.Find([a])).Sentences);
    }
}
