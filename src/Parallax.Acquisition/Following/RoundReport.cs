namespace Parallax.Acquisition.Following;

/// <summary>What one round of the monitor did: the feeds polled and the articles fetched.</summary>
internal sealed record RoundReport(int Feeds, int Unchanged, int FeedsFailed, int Fetched, int Added, int NewVersions, int Same, int Failed, bool Stopped)
{
    public override string ToString() =>
        $"polled {Feeds} feed{(Feeds == 1 ? "" : "s")} ({Unchanged} unchanged, {FeedsFailed} failed); " +
        $"{Fetched} page{(Fetched == 1 ? "" : "s")} fetched: {Added} new, {NewVersions} new version{(NewVersions == 1 ? "" : "s")}, {Same} unchanged, {Failed} failed" +
        (Stopped ? " (stopped)" : "");
}
