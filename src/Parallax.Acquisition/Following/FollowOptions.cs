namespace Parallax.Acquisition.Following;

/// <summary>How the follow monitor runs; the defaults are for a long-running monitor.</summary>
internal sealed record FollowOptions
{
    /// <summary>Poll every source once, fetch what is new, and stop (a cron job, or a test).</summary>
    public bool Once { get; init; }

    /// <summary>Stop after this long (null: run until interrupted).</summary>
    public TimeSpan? RunFor { get; init; }

    /// <summary>Fetches of one article URL that failed before it is given up.</summary>
    public int MaxAttempts { get; init; } = 3;

    /// <summary>Wait before a failed article URL is tried again (doubling with each attempt).</summary>
    public TimeSpan RetryAfter { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>New article URLs taken from one feed in one poll; the rest wait for the next poll.</summary>
    public int MaxNewPerFeed { get; init; } = 500;

    /// <summary>Article URLs whose outcome is committed (articles first, then their URL states) while a round goes on.</summary>
    public int CommitEvery { get; init; } = 50;

    /// <summary>Child sitemaps read from one sitemap index in one poll (the newest first, as listed).</summary>
    public int MaxChildSitemaps { get; init; } = 20;
}
