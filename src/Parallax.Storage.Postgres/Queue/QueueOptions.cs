namespace Parallax.Storage.Postgres.Queue;

/// <summary>How the job queue treats a job that fails or whose worker vanishes.</summary>
public sealed record QueueOptions
{
    /// <summary>How long a claimed job belongs to its worker; past it, the job is queued again (its worker is taken for dead).</summary>
    public TimeSpan Lease { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Attempts (claims) a job gets before it is dead, kept with its last error.</summary>
    public int MaxAttempts { get; init; } = 5;

    /// <summary>The wait before the second attempt; each later one waits twice as long, up to <see cref="BackoffCap"/>.</summary>
    public TimeSpan Backoff { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>The longest wait between attempts.</summary>
    public TimeSpan BackoffCap { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>The wait before attempt <paramref name="attempts"/> + 1 after <paramref name="attempts"/> failed ones.</summary>
    internal TimeSpan BackoffAfter(int attempts)
    {
        double seconds = Backoff.TotalSeconds * Math.Pow(2, Math.Clamp(attempts - 1, 0, 30));
        return TimeSpan.FromSeconds(Math.Min(seconds, BackoffCap.TotalSeconds));
    }
}
