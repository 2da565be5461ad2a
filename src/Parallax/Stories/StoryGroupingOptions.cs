namespace Parallax.Stories;

/// <summary>
/// The model, thresholds and bounds of story assignment. An article joins the candidate story the
/// <see cref="Model"/> finds likeliest when that probability reaches <see cref="Threshold"/>; otherwise it
/// opens a new story. Defaults are trained and calibrated as docs/stories.md describes.
/// </summary>
public sealed record StoryGroupingOptions
{
    /// <summary>
    /// Logistic weights over <see cref="StorySimilarity.Names"/>, fitted on AllSides article-story pairs
    /// (<c>dotnet run -c Release --project bench/Parallax.Bench -- stories-train</c>; docs/stories.md).
    /// </summary>
    internal StoryModel Model { get; init; } = TrainedModel;

    /// <summary>How time distance becomes evidence; the <see cref="Model"/> was fitted with this one.</summary>
    internal StoryTimeModel Time { get; init; } = StoryTimeModel.Default;

    /// <summary>An article joins the likeliest story when its probability reaches this; otherwise it opens a new one.</summary>
    public double Threshold { get; init; } = 0.25;

    /// <summary>
    /// Least body cosine (to the centroid or to the closest recent member) a story needs to be joined at all. The
    /// model learned from streams of a few stories a day that the same day is strong evidence; this floor keeps a
    /// same-day article that shares only a place name or two out of an unrelated story.
    /// </summary>
    public double MinBodySimilarity { get; init; } = 0.12;

    /// <summary>
    /// A title cosine to a recent member's title, sharing at least two terms with it, from which the body floor is
    /// waived and the model alone decides. Short reports of one event (600-character excerpts, a wire brief and a
    /// feature) can share little body wording yet name the event alike in their titles ("Pandora Papers",
    /// "Kaseya ransomware attack"); a shared place name alone does not waive it.
    /// </summary>
    public double TitleWaivesBodyFloor { get; init; } = 0.3;

    /// <summary>
    /// A cosine of name terms (entities and numbers) to a recent member, sharing at least <see cref="NamesWaiveTerms"/>
    /// of them, from which the body floor is waived too: an opinion piece or a short brief on one event tells it in
    /// other words but names its people, places and figures alike ("Kaseya", "REvil", "$70 million"). Twin events
    /// (two quakes in one region) share fewer names and no figures.
    /// </summary>
    public double NamesWaiveBodyFloor { get; init; } = 0.15;

    /// <summary>Least name and number terms a recent member shares for <see cref="NamesWaiveBodyFloor"/>.</summary>
    public int NamesWaiveTerms { get; init; } = 2;

    /// <summary>Two stories merge when every recent member of the smaller one would join the larger with this probability.</summary>
    public double MergeThreshold { get; init; } = 0.9;

    /// <summary>Stories whose articles are all further than this from the article's date are not candidates.</summary>
    public double TimeWindowDays { get; init; } = 3;

    /// <summary>
    /// Learn each outlet's usual delay behind the others' reports of the same events and place its reports as if
    /// published that much earlier (<see cref="OutletLags"/>, docs/stories.md). Off: every report is placed at its date.
    /// </summary>
    public bool LearnOutletLags { get; init; } = true;

    /// <summary>
    /// The text-only probability (time hidden) from which a report's best-matching story of other outlets counts as
    /// an observation of its outlet's delay.
    /// </summary>
    public double OutletLagEvidence { get; init; } = 0.6;

    /// <summary>Heaviest terms of an article put into (and looked up in) the candidate index.</summary>
    public int IndexedTerms { get; init; } = 16;

    /// <summary>Most recent postings read per term: bounds the cost per article however large the store grows.</summary>
    public int MaxPostingsScanned { get; init; } = 64;

    /// <summary>Candidate stories scored per article: those sharing the most heavy terms with it.</summary>
    public int MaxCandidates { get; init; } = 10;

    /// <summary>Terms kept per centroid of a story that fell out of the time window (undated articles can still join it).</summary>
    public int CompactedTerms { get; init; } = 48;

    /// <summary>
    /// The model fitted on AllSides pairs (dated) and on the same pairs with their dates hidden (undated), over the
    /// shipped background IDF and <see cref="StoryTimeModel.Default"/> (<c>stories-train</c>, docs/stories.md).
    /// </summary>
    internal static readonly StoryModel TrainedModel = new(-13.980, [3.509, 2.323, 2.318, 2.324, 2.488, 2.938, 0.000, 0.000, 2.906, 1.928, -0.170, 10.771])
    {
        Undated = new(-5.008, [4.253, 1.996, 1.939, 3.362, 2.178, 1.869, 0.000, 0.000, 4.431, 1.201, -1.376, 0.000]),
    };

    /// <summary>The trained defaults.</summary>
    public static StoryGroupingOptions Default { get; } = new();
}
