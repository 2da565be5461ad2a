using Parallax.Stories;

namespace Parallax.Tests.Stories;

/// <summary>
/// The time evidence (<see cref="StoryTimeModel"/>) and the background IDF (<see cref="BackgroundIdf"/>): reports of
/// one event days apart can join on their text; twin events of one kind in one week stay apart on their specifics.
/// </summary>
public class StoryTimeTests
{
    private static readonly DateTime Monday = new(2024, 3, 4);

    private const string Quake =
        "A magnitude 6.1 earthquake struck the island of Korvath early on Monday, killing 14 people in the fishing village of Ebbe "
        + "and destroying the harbour wall. Rescue teams from Halmstad searched the rubble of the Ebbe market through the night.";

    private const string QuakeLater =
        "Two days after the magnitude 6.1 earthquake that killed 14 people in Ebbe on Korvath, rescue teams from Halmstad ended "
        + "their search of the Ebbe market rubble and fishermen began rebuilding the harbour wall of the village.";

    private const string Twin =
        "A magnitude 5.4 earthquake struck the island of Korvath on Thursday, killing 3 people in the mountain town of Maro "
        + "and cutting the road to Tessel. Volunteers from Dunmere cleared the landslide on the Maro pass.";

    [Fact]
    public void A_report_of_one_event_two_days_later_joins_its_story()
    {
        var grouper = new StoryGrouper();
        var first = grouper.Add(new StoryDocument("Earthquake kills 14 in Ebbe on Korvath", Quake, ["Korvath", "Ebbe", "Halmstad"], Monday));
        var later = grouper.Add(new StoryDocument("Korvath quake: search of Ebbe rubble ends", QuakeLater, ["Korvath", "Ebbe", "Halmstad"],
            Monday.AddDays(2)));
        Assert.False(later.Opened);
        Assert.Equal(grouper.StoryOf(first.Article), grouper.StoryOf(later.Article));
    }

    [Fact]
    public void Twin_events_of_one_kind_in_one_week_with_other_specifics_stay_apart()
    {
        var grouper = new StoryGrouper();
        var first = grouper.Add(new StoryDocument("Earthquake kills 14 in Ebbe on Korvath", Quake, ["Korvath", "Ebbe", "Halmstad"], Monday));
        var twin = grouper.Add(new StoryDocument("Earthquake kills 3 in Maro on Korvath", Twin, ["Korvath", "Maro", "Tessel", "Dunmere"],
            Monday.AddDays(3)));
        Assert.True(twin.Opened);
        Assert.NotEqual(grouper.StoryOf(first.Article), grouper.StoryOf(twin.Article));
    }

    [Fact]
    public void Day_only_dates_get_a_day_of_slack_like_times_of_day()
    {
        var time = StoryTimeModel.Default;
        var story = new StoryCluster(0);
        story.Add(0, new ArticleFeatures(SparseVector.Empty, SparseVector.Empty, SparseVector.Empty, SparseVector.Empty, Monday));
        var x = new double[StorySimilarity.Count];
        // "2024-03-05" (a day-only date, midnight) against a story of "2024-03-04": the next calendar day is no distance yet
        StorySimilarity.Time(story.DaysFrom(Monday.AddDays(1)), false, time, x);
        double dayOnly = x[StorySimilarity.TimePrior];
        // a time of day 23 hours later
        StorySimilarity.Time(story.DaysFrom(Monday.AddHours(23)), true, time, x);
        Assert.Equal(1, dayOnly);
        Assert.Equal(1, x[StorySimilarity.TimePrior]);
        Assert.Equal(1, x[StorySimilarity.TimeSameDay]);
        Assert.Equal(0, time.Distance(1));
        // the prior stays flat over the plateau, then decays
        Assert.Equal(1, time.Prior(1 + time.PlateauDays));
        Assert.True(time.Prior(2 + time.PlateauDays) < 1);
        // undated: no time evidence, and the unknown flag
        StorySimilarity.Time(null, false, time, x);
        Assert.Equal(0, x[StorySimilarity.TimePrior]);
        Assert.Equal(1, x[StorySimilarity.TimeUnknown]);
    }

    [Fact]
    public void Background_idf_weighs_a_shared_common_word_less_than_a_shared_rare_name()
    {
        // A batch of three reports that all use "people" and "Korvath": the batch alone cannot tell them apart.
        var vocabulary = new Vocabulary();
        foreach (var text in new[] { "People in Korvath fled.", "Korvath people were evacuated.", "The people of Korvath returned." })
            vocabulary.AddDocument(FeatureExtractor.Count(new StoryDocument(null, text, [], null), vocabulary));
        float common = vocabulary.Idf(vocabulary.ContentWordId("people"));
        float rare = vocabulary.Idf(vocabulary.ContentWordId("korvath"));
        Assert.True(common < rare, $"idf people {common}, korvath {rare}");

        var batchOnly = new Vocabulary(BackgroundIdf.None);
        foreach (var text in new[] { "People in Korvath fled.", "Korvath people were evacuated.", "The people of Korvath returned." })
            batchOnly.AddDocument(FeatureExtractor.Count(new StoryDocument(null, text, [], null), batchOnly));
        Assert.Equal(batchOnly.Idf(batchOnly.ContentWordId("people")), batchOnly.Idf(batchOnly.ContentWordId("korvath")));
    }

    [Fact]
    public void The_shipped_background_is_stemmed_as_the_vocabulary_stems()
    {
        var background = BackgroundIdf.Default;
        Assert.True(background.Documents > 1000);
        Assert.True(background.Terms.Length > 5000);
        var vocabulary = new Vocabulary();
        // "people" is stored as its Porter stem, and so takes a background id (below the table's size)
        Assert.InRange(vocabulary.ContentWordId("people"), 0, background.Terms.Length - 1);
        Assert.InRange(vocabulary.ContentWordId("presidents"), 0, background.Terms.Length - 1);
    }
}
