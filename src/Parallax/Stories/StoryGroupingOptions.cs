namespace Parallax.Stories;

/// <summary>
/// The weights and threshold of story assignment. Similarity of an article to a story is a weighted sum
/// of cosines (title, lead, body, names) against the story's centroids, scaled down by time distance.
/// Defaults are calibrated with <c>parallax eval stories</c> on the public datasets (docs/stories.md).
/// </summary>
public sealed record StoryGroupingOptions
{
    public double WeightTitle { get; init; } = 0.15;
    public double WeightLead { get; init; } = 0.15;
    public double WeightBody { get; init; } = 0.60;
    public double WeightNames { get; init; } = 0.10;

    /// <summary>An article joins the best story scoring at least this; otherwise it opens a new one.</summary>
    public double Threshold { get; init; } = 0.22;

    /// <summary>Stories whose articles are all further than this from the article's date are not candidates.</summary>
    public double TimeWindowDays { get; init; } = 3;

    /// <summary>Share of the score that decays with time distance (half-life <see cref="TimeHalfLifeDays"/>).</summary>
    public double TimeWeight { get; init; } = 0.3;

    public double TimeHalfLifeDays { get; init; } = 3;

    /// <summary>Heaviest terms of an article put into the candidate index.</summary>
    public int IndexedTerms { get; init; } = 16;

    public static StoryGroupingOptions Default { get; } = new();
}
