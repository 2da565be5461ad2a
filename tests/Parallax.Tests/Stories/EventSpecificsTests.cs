using Parallax.Stories;

namespace Parallax.Tests.Stories;

/// <summary>
/// Numbers of the text count among the names (the specifics of one event), and the names of the closest recent
/// member are a feature of their own: twin events of one kind share their words but not their specifics.
/// </summary>
public class EventSpecificsTests
{
    [Fact]
    public void Numbers_of_title_and_text_count_among_the_names_but_not_among_the_words()
    {
        var vocabulary = new Vocabulary();
        var doc = new StoryDocument("Quake of 6.1 hits Korvath", "A 6.1 quake hit Korvath in 2024, killing 12 people; 12 more were hurt.", ["Korvath"], null);
        var terms = FeatureExtractor.Count(doc, vocabulary);
        // names: korvath, 6.1 (title and text), 2024, 12 (twice)
        Assert.Equal(4, terms.Names.Count);
        Assert.Equal(6, terms.Names.Counts.Sum());
        // body words: quake, hit, korvath, kill, peopl, hurt (numbers and stop words are not words)
        Assert.Equal(6, terms.Body.Count);
    }

    [Fact]
    public void Best_member_names_is_the_closest_recent_members_names_cosine()
    {
        var vocabulary = new Vocabulary();
        ArticleFeatures F(string text, string[] names) => Weighed(vocabulary, text, names);
        var story = new StoryCluster(0);
        story.Add(0, F("The Dorn river burst its banks at Halm.", ["Dorn", "Halm"]));
        story.Add(1, F("The Dorn river burst its banks at Velk.", ["Dorn", "Velk"]));
        var article = F("At Halm the Dorn river burst its banks.", ["Halm", "Dorn"]);
        var x = new double[StorySimilarity.Count];
        StorySimilarity.Compute(article, story, x, StoryTimeModel.Default);
        // the first member (same names; weights differ only as IDF moved on), not the second (one name of two)
        Assert.Equal(story.Recent.First().Names.Dot(article.Names), x[StorySimilarity.BestMemberNames], 9);
        Assert.True(x[StorySimilarity.BestMemberNames] > 0.99, $"best member names {x[StorySimilarity.BestMemberNames]}");
        Assert.True(x[3] < 0.9, $"the centroid's names cosine {x[3]} mixes both members");
    }

    [Fact]
    public void A_report_of_the_same_event_shares_more_specifics_than_a_twin_event_of_the_same_kind()
    {
        var vocabulary = new Vocabulary();
        ArticleFeatures F(string text, string[] names) => Weighed(vocabulary, text, names);
        var story = new StoryCluster(0);
        story.Add(0, F("A magnitude 6.1 earthquake struck Korvath, killing 14 people in Ebbe.", ["Korvath", "Ebbe"]));
        var same = F("The 6.1 earthquake in Korvath killed 14 people in Ebbe.", ["Korvath", "Ebbe"]);
        var twin = F("A magnitude 5.4 earthquake struck Korvath, killing 3 people in Maro.", ["Korvath", "Maro"]);
        var x = new double[StorySimilarity.Count];
        StorySimilarity.Compute(same, story, x, StoryTimeModel.Default);
        double sameNames = x[StorySimilarity.BestMemberNames];
        StorySimilarity.Compute(twin, story, x, StoryTimeModel.Default);
        double twinNames = x[StorySimilarity.BestMemberNames];
        Assert.True(sameNames > 0.9 && twinNames < 0.3, $"same event {sameNames}, twin event {twinNames}");
    }

    /// <summary>An undated, untitled article counted into <paramref name="vocabulary"/> and weighed.</summary>
    private static ArticleFeatures Weighed(Vocabulary vocabulary, string text, string[] names)
    {
        var t = FeatureExtractor.Count(new StoryDocument(null, text, names, null), vocabulary);
        vocabulary.AddDocument(t);
        return FeatureExtractor.Weigh(t, vocabulary);
    }
}
