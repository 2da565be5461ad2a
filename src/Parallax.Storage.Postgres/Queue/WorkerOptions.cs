namespace Parallax.Storage.Postgres.Queue;

/// <summary>How a <c>parallax worker</c> process runs.</summary>
public sealed record WorkerOptions
{
    /// <summary>Jobs run at once in this process (extraction and analysis are CPU work: about one per core).</summary>
    public int Concurrency { get; init; } = Environment.ProcessorCount;

    /// <summary>Leases, retries and backoff.</summary>
    public QueueOptions Queue { get; init; } = new();

    /// <summary>Stop once nothing is left to do (no job queued or running, every result stored) instead of waiting for more.</summary>
    public bool ExitWhenDrained { get; init; }

    /// <summary>Whether this process may take the leader's part (story assignment) when no other holds it.</summary>
    public bool MayLead { get; init; } = true;

    /// <summary>How long an idle worker waits between looks at the queue when no notice wakes it.</summary>
    public TimeSpan Poll { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>This worker's name in the queue and the host leases (default: host and process id); tests run two in one process.</summary>
    internal string? Name { get; init; }
}

/// <summary>What a worker process did.</summary>
/// <param name="Jobs">Jobs this process ran to completion.</param>
/// <param name="Failures">Attempts that failed (retried or dead).</param>
/// <param name="Led">Whether it led story assignment at some point.</param>
/// <param name="Added">Articles the leader stored as new (while this process led).</param>
/// <param name="NewVersions">New versions stored while this process led.</param>
/// <param name="Unchanged">Results found already stored while this process led.</param>
/// <param name="Failed">Documents that yielded no article, or whose job died, while this process led.</param>
public sealed record WorkerSummary(long Jobs, long Failures, bool Led, int Added, int NewVersions, int Unchanged, int Failed);
