namespace Parallax.Stories;

/// <summary>
/// The per-feature similarities of an article (or a story) to a story, as in Miranda et al. (EMNLP 2018):
/// TF-IDF cosines of each field against the story's centroids, two cross-field cosines, and time closeness.
/// A <see cref="StoryModel"/> combines them into a probability.
/// </summary>
public static class StorySimilarity
{
    /// <summary>Feature names, in the order of the vector; <see cref="StoryModel"/> weights follow this order.</summary>
    public static readonly string[] Names =
        ["title", "lead", "body", "names", "title_in_body", "body_in_title", "time_closeness", "time_unknown"];

    public const int Count = 8;

    /// <summary>Time closeness halves with every this many days between the article and the story's span.</summary>
    public const double TimeHalfLifeDays = 1;

    public static void Compute(ArticleFeatures f, StoryCluster s, Span<double> x)
    {
        x[0] = s.Title.Cosine(f.Title);
        x[1] = s.Lead.Cosine(f.Lead);
        x[2] = s.Body.Cosine(f.Body);
        x[3] = s.Names.Cosine(f.Names);
        x[4] = s.Body.Cosine(f.Title);
        x[5] = s.Title.Cosine(f.Body);
        Time(s.DaysFrom(f.Time), x);
    }

    /// <summary>The same features between two stories (centroid against centroid), for merging.</summary>
    public static void Compute(StoryCluster a, StoryCluster s, Span<double> x)
    {
        x[0] = s.Title.Cosine(a.Title);
        x[1] = s.Lead.Cosine(a.Lead);
        x[2] = s.Body.Cosine(a.Body);
        x[3] = s.Names.Cosine(a.Names);
        x[4] = Math.Max(s.Body.Cosine(a.Title), a.Body.Cosine(s.Title));
        x[5] = x[4];
        Time(s.DaysFrom(a), x);
    }

    private static void Time(double? days, Span<double> x)
    {
        x[6] = days is { } d ? Math.Pow(0.5, d / TimeHalfLifeDays) : 0;
        x[7] = days is null ? 1 : 0;
    }
}

/// <summary>A logistic model over <see cref="StorySimilarity"/> features: P(article belongs to story).</summary>
public sealed record StoryModel(double Intercept, double[] Weights)
{
    public double Probability(ReadOnlySpan<double> x)
    {
        double z = Intercept;
        for (int i = 0; i < Weights.Length; i++)
            z += Weights[i] * x[i];
        return 1 / (1 + Math.Exp(-z));
    }
}
