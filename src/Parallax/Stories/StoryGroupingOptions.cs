namespace Parallax.Stories;

/// <summary>
/// The model, thresholds and bounds of story assignment. An article joins the candidate story the
/// <see cref="Model"/> finds likeliest when that probability reaches <see cref="Threshold"/>; otherwise it
/// opens a new story. Defaults are trained and calibrated as docs/stories.md describes.
/// </summary>
public sealed record StoryGroupingOptions
{
    /// <summary>Logistic weights over <see cref="StorySimilarity.Names"/> (trained on AllSides pairs, docs/stories.md).</summary>
    public StoryModel Model { get; init; } = new(-6.0, [2.0, 2.0, 10.0, 2.0, 1.0, 1.0, 2.0, 1.0]);

    /// <summary>An article joins the likeliest story when its probability reaches this; otherwise it opens a new one.</summary>
    public double Threshold { get; init; } = 0.5;

    /// <summary>Two stories merge when the model, applied centroid to centroid, reaches this.</summary>
    public double MergeThreshold { get; init; } = 0.9;

    /// <summary>Stories whose articles are all further than this from the article's date are not candidates.</summary>
    public double TimeWindowDays { get; init; } = 3;

    /// <summary>Heaviest terms of an article put into (and looked up in) the candidate index.</summary>
    public int IndexedTerms { get; init; } = 16;

    /// <summary>Most recent postings read per term: bounds the cost per article however large the store grows.</summary>
    public int MaxPostingsScanned { get; init; } = 64;

    /// <summary>Terms kept per centroid of a story that fell out of the time window (undated articles can still join it).</summary>
    public int CompactedTerms { get; init; } = 48;

    public static StoryGroupingOptions Default { get; } = new();
}
