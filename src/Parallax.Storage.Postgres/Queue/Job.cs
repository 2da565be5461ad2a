namespace Parallax.Storage.Postgres.Queue;

/// <summary>A job as a worker claimed it: <paramref name="Attempts"/> counts this claim.</summary>
internal sealed record Job(long Id, string Kind, string Payload, int Attempts);

/// <summary>A job's state, as the <c>jobs.state</c> column spells it.</summary>
internal static class JobState
{
    public const string Queued = "queued";
    public const string Running = "running";
    public const string Done = "done";
    public const string Dead = "dead";
}

/// <summary>The kinds of job a worker runs.</summary>
internal static class JobKind
{
    /// <summary>A raw document to extract and analyse; its result goes to the leader (Ingestion/QueuedDocument).</summary>
    public const string Article = "article";

    /// <summary>An article page to fetch for the follow monitor (Acquisition/Following/QueuedFetch), under its host's lease; the page becomes an article job.</summary>
    public const string Fetch = "fetch";

    /// <summary>Nothing to do: measures the queue's own cost per job.</summary>
    public const string NoOp = "noop";
}

/// <summary>How many jobs are in each state.</summary>
public sealed record QueueCounts(long Queued, long Running, long Done, long Dead, long Unconsumed);
