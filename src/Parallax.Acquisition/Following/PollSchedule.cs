namespace Parallax.Acquisition.Following;

/// <summary>
/// The adaptive polling interval of one feed: it starts at what the sources file asks for, grows while the feed
/// does not change (up to eight times that), shrinks when it lists new articles (down to a quarter of it), and
/// backs off after failures. Outlets that publish often are read often, quiet ones cost little.
/// </summary>
internal static class PollSchedule
{
    /// <summary>How far the interval may stretch beyond the asked one while nothing changes or the feed fails.</summary>
    public const double MaxFactor = 8;

    /// <summary>How far it may shrink below the asked one while the feed keeps publishing.</summary>
    public const double MinFactor = 0.25;

    /// <summary>What one poll of a feed found.</summary>
    public enum Outcome
    {
        /// <summary>Articles not seen before.</summary>
        New,

        /// <summary>Not modified, or only articles already seen.</summary>
        Unchanged,

        /// <summary>The feed could not be fetched or read.</summary>
        Failed,
    }

    /// <summary>The interval after a poll with <paramref name="outcome"/>, given the current one and the one asked for.</summary>
    public static TimeSpan Next(TimeSpan current, TimeSpan asked, Outcome outcome)
    {
        if (current <= TimeSpan.Zero)
            current = asked;
        var next = outcome switch
        {
            Outcome.New => current / 2,
            Outcome.Unchanged => current * 1.5,
            _ => current * 2,
        };
        var min = asked * MinFactor;
        if (min < Sources.Source.MinimumPoll)
            min = Sources.Source.MinimumPoll;
        var max = asked * MaxFactor;
        return next < min ? min : next > max ? max : next;
    }
}
