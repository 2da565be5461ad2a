namespace Parallax.Acquisition.Following;

/// <summary>What one round of the monitor did: the feeds polled and the articles fetched (or enqueued for the workers).</summary>
internal sealed record RoundReport(int Feeds, int Unchanged, int FeedsFailed, int Fetched, int Added, int NewVersions, int Same, int Failed, bool Stopped)
{
    /// <summary>With <c>follow --enqueue</c>: the pages put on the job queue this round (not enqueued before); null when fetching here.</summary>
    public int? Enqueued { get; init; }

    public override string ToString() =>
        $"polled {Feeds} feed{(Feeds == 1 ? "" : "s")} ({Unchanged} unchanged, {FeedsFailed} failed); " +
        (Enqueued is { } n
            ? $"{n} page{(n == 1 ? "" : "s")} enqueued for the workers"
            : $"{Fetched} page{(Fetched == 1 ? "" : "s")} fetched: {Added} new, {NewVersions} new version{(NewVersions == 1 ? "" : "s")}, {Same} unchanged, {Failed} failed") +
        (Stopped ? " (stopped)" : "");
}
