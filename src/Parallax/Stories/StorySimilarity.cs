namespace Parallax.Stories;

/// <summary>
/// The per-feature similarities of an article (or a story) to a story, as in Miranda et al. (EMNLP 2018):
/// TF-IDF cosines of each field against the story's centroids, two cross-field cosines, best-member cosines, and
/// the time evidence of a <see cref="StoryTimeModel"/>.
/// A <see cref="StoryModel"/> combines them into a probability.
/// </summary>
internal static class StorySimilarity
{
    /// <summary>Feature names, in the order of the vector; <see cref="StoryModel"/> weights follow this order.</summary>
    public static readonly string[] Names =
        ["title", "lead", "body", "names", "title_in_body", "body_in_title", "time_prior", "time_unknown", "best_member_body", "best_member_title", "best_member_names", "time_same_day"];

    public const int Count = 12;

    public const int Body = 2;
    public const int BestMemberBody = 8;
    public const int BestMemberNames = 10;

    /// <summary>Index of the slow time prior (<see cref="StoryTimeModel.Prior"/>).</summary>
    public const int TimePrior = 6;

    /// <summary>Index of the feature that says the time distance is unknown.</summary>
    public const int TimeUnknown = 7;

    /// <summary>Index of the fast same-day feature (<see cref="StoryTimeModel.SameDay"/>).</summary>
    public const int TimeSameDay = 11;

    public static void Compute(ArticleFeatures f, StoryCluster s, Span<double> x, StoryTimeModel time)
    {
        ComputeBody(f, s, x);
        ComputeRest(f, s, x, time);
    }

    /// <summary>
    /// The body features alone (<see cref="Body"/>, <see cref="BestMemberBody"/>), returning the larger: the
    /// grouper drops most candidates on these before paying for the rest.
    /// </summary>
    public static double ComputeBody(ArticleFeatures f, StoryCluster s, Span<double> x)
    {
        x[Body] = s.Body.Cosine(f.Body);
        double body = 0;
        foreach (var m in s.Recent)
            body = Math.Max(body, m.Body.Dot(f.Body));
        x[BestMemberBody] = body;
        return Math.Max(x[Body], body);
    }

    /// <summary><see cref="ComputeBody(ArticleFeatures, StoryCluster, Span{double})"/> with the article's body held in <paramref name="body"/>.</summary>
    internal static double ComputeBody(ArticleFeatures f, StoryCluster s, Span<double> x, DenseVector body)
    {
        x[Body] = s.Body.Cosine(f.Body, body);
        double best = 0;
        foreach (var m in s.Recent)
            best = Math.Max(best, body.Dot(m.Body.Ids, m.Body.Weights));
        x[BestMemberBody] = best;
        return Math.Max(x[Body], best);
    }

    /// <summary>
    /// True when a recent member names the event as the article does, so the body floor is waived: its title shares at
    /// least two terms with the article's title at a cosine of <see cref="StoryGroupingOptions.TitleWaivesBodyFloor"/>
    /// ("Pandora Papers", "debt ceiling vote"), or its name and number terms share <see cref="StoryGroupingOptions.NamesWaiveTerms"/>
    /// at a cosine of <see cref="StoryGroupingOptions.NamesWaiveBodyFloor"/> ("Kaseya", "REvil", "$70 million"). One shared
    /// term, however rare (a town's name), is not enough.
    /// </summary>
    public static bool NamesOneEvent(ArticleFeatures f, StoryCluster s, StoryGroupingOptions o)
    {
        foreach (var m in s.Recent)
        {
            if (m.Title.Dot(f.Title) >= o.TitleWaivesBodyFloor && m.Title.Shared(f.Title) >= 2
                || m.Names.Dot(f.Names) >= o.NamesWaiveBodyFloor && m.Names.Shared(f.Names) >= o.NamesWaiveTerms)
                return true;
        }
        return false;
    }

    /// <summary>Every feature but the body ones (<c>ComputeBody</c>).</summary>
    public static void ComputeRest(ArticleFeatures f, StoryCluster s, Span<double> x, StoryTimeModel time)
    {
        x[0] = s.Title.Cosine(f.Title);
        x[1] = s.Lead.Cosine(f.Lead);
        x[3] = s.Names.Cosine(f.Names);
        x[4] = s.Body.Cosine(f.Title);
        x[5] = s.Title.Cosine(f.Body);
        Time(s.DaysFrom(f.Time), f.Time is { } t && t.TimeOfDay != TimeSpan.Zero, time, x);
        double title = 0, names = 0;
        foreach (var m in s.Recent)
        {
            title = Math.Max(title, m.Title.Dot(f.Title));
            names = Math.Max(names, m.Names.Dot(f.Names));
        }
        x[9] = title;
        // Twin events of one kind (two earthquakes, two games of one team) share the topic's words but rarely the
        // names of a single article: who was hurt, the opponent, the village.
        x[BestMemberNames] = names;
    }

    /// <summary>
    /// The time features of a distance in days (null: unknown, when the article or the story is undated);
    /// <paramref name="timeOfDay"/>: the article's date has a time of day (midnight is taken for a day-only date).
    /// </summary>
    public static void Time(double? days, bool timeOfDay, StoryTimeModel time, Span<double> x)
    {
        x[TimePrior] = days is { } d ? time.Prior(d) : 0;
        x[TimeSameDay] = days is { } e ? time.SameDay(e, timeOfDay) : 0;
        x[TimeUnknown] = days is null ? 1 : 0;
    }
}

/// <summary>
/// A logistic model over <see cref="StorySimilarity"/> features: P(article belongs to story). When the time
/// distance is unknown, the <see cref="Undated"/> model (fitted on the same pairs with their time hidden)
/// decides instead: text alone must carry more weight there than beside a known date.
/// </summary>
internal sealed record StoryModel(double Intercept, double[] Weights)
{
    public StoryModel? Undated { get; init; }

    public double Probability(ReadOnlySpan<double> x)
    {
        if (Undated is { } undated && x[StorySimilarity.TimeUnknown] > 0)
            return undated.Probability(x);
        double z = Intercept;
        for (int i = 0; i < Weights.Length; i++)
            z += Weights[i] * x[i];
        return 1 / (1 + Math.Exp(-z));
    }
}
