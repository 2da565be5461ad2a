using System.Runtime.CompilerServices;

namespace Parallax.Stories;

/// <summary>
/// While an article's candidate stories are scored, finds the one its text alone matches best (the model with
/// time hidden) among those with a recent report by another outlet, and how many whole days after that outlet's
/// first recent report the article was published: one observation of its outlet's delay (<see cref="OutletLags"/>).
/// Time is hidden so that the delay being measured does not decide which story is the article's. When a story at
/// another delay also matches (a topic in the news every day), the observation is ambiguous and not made.
/// </summary>
internal struct DelayWitness(string? outlet, DateTime? published, StoryModel? textOnly)
{
    /// <summary>Delays counted apart (whole days); a longer one counts as the last.</summary>
    public const int Delays = 8;

    /// <summary>A text-only probability at another delay from which the best match is ambiguous.</summary>
    public const double Rival = 0.5;

    private Slots<double> _best;
    private Slots<int> _story;

    /// <summary>Scores one candidate (its features already computed into <paramref name="x"/>).</summary>
    public void Offer(StoryCluster story, ReadOnlySpan<double> x)
    {
        if (outlet is null || published is not { } time || textOnly is null)
            return;
        DateTime? first = null;
        foreach (var m in story.Recent)
        {
            if (m.Time is { } t && m.Outlet is { } other && !string.Equals(other, outlet, StringComparison.OrdinalIgnoreCase)
                && (first is null || t < first))
                first = t;
        }
        if (first is not { } anchor)
            return;
        int delay = Math.Min(Delays - 1, WholeDays((time - anchor).TotalDays));
        double p = textOnly.Probability(x);
        if (p > _best[delay])
        {
            _best[delay] = p;
            _story[delay] = story.Id;
        }
    }

    /// <summary>
    /// The observed delay in whole days and the story at that delay, when the best text match reached
    /// <paramref name="least"/> and no story at another delay reached <see cref="Rival"/>; else null.
    /// </summary>
    public readonly (int Days, int Story)? Observed(double least)
    {
        int best = 0;
        for (int d = 1; d < Delays; d++)
        {
            if (_best[d] > _best[best])
                best = d;
        }
        if (_best[best] < least)
            return null;
        for (int d = 0; d < Delays; d++)
        {
            if (d != best && _best[d] >= Rival)
                return null;
        }
        return (best, _story[best]);
    }

    /// <summary>Days rounded to whole days (half a day and more is a day); never negative.</summary>
    public static int WholeDays(double days) => (int)Math.Round(Math.Max(0, days), MidpointRounding.AwayFromZero);

    [InlineArray(Delays)]
    private struct Slots<T>
    {
        private T _first;
    }
}
