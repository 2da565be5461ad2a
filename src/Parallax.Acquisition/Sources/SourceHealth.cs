using Parallax.Store;

namespace Parallax.Acquisition.Sources;

/// <summary>
/// How well one followed outlet is being read, from the monitor's state: when it last answered, how many
/// articles a day it gives, and what share of its pages are blocked, failed, undated or without text. Users need
/// to know which outlets they are missing.
/// </summary>
internal sealed record SourceHealth(string Name, DateTimeOffset? LastSuccess, double ArticlesPerDay, int Pages, double Blocked,
    double Failed, double NoDate, double NoText, string? LastError)
{
    /// <summary>The window the shares and the daily rate are computed over.</summary>
    public static readonly TimeSpan Window = TimeSpan.FromDays(7);

    /// <summary>The health of each source (in the order given), from the feeds' states and the URL states of the window.</summary>
    public static IReadOnlyList<SourceHealth> Of(IReadOnlyList<Source> sources, IReadOnlyList<FeedState> feeds, IReadOnlyList<UrlState> urls, DateTimeOffset now)
    {
        var list = new List<SourceHealth>(sources.Count);
        foreach (var source in sources)
        {
            var myFeeds = feeds.Where(f => f.Source == source.Name).ToList();
            var mine = urls.Where(u => u.Source == source.Name).ToList();
            var stored = mine.Where(u => u.Status == UrlStatus.Stored).ToList();
            int pages = mine.Count;
            // Over the window, or since the first page when the outlet is followed for less than that.
            var first = mine.Count > 0 ? mine.Min(u => u.FetchedAt) : now;
            double days = Math.Max((now - first).TotalDays, 1);
            days = Math.Min(days, Window.TotalDays);
            string? lastError = null;
            DateTimeOffset lastErrorAt = DateTimeOffset.MinValue;
            foreach (var f in myFeeds.Where(f => f.LastError is not null && f.LastPoll is not null))
            {
                if (f.LastPoll!.Value > lastErrorAt)
                    (lastError, lastErrorAt) = ($"{f.Url}: {f.LastError}", f.LastPoll.Value);
            }
            foreach (var u in mine.Where(u => u.Status == UrlStatus.Failed))
            {
                if (u.FetchedAt > lastErrorAt)
                    (lastError, lastErrorAt) = ($"{u.Url}: {u.Error}", u.FetchedAt);
            }
            list.Add(new SourceHealth(
                source.Name,
                myFeeds.Select(f => f.LastSuccess).Max(),
                stored.Count / days,
                pages,
                Share(mine.Count(u => u.Status == UrlStatus.Failed && IsBlocked(u.Error)), pages),
                Share(mine.Count(u => u.Status == UrlStatus.Failed), pages),
                Share(stored.Count(u => u.NoDate), stored.Count),
                Share(stored.Count(u => u.NoText), stored.Count),
                lastError));
        }
        return list;
    }

    /// <summary>
    /// The health of every outlet the store has follow state for, by name (for a reader with the store but not
    /// the sources file: the web page).
    /// </summary>
    public static IReadOnlyList<SourceHealth> FromState(IReadOnlyList<FeedState> feeds, IReadOnlyList<UrlState> urls, DateTimeOffset now)
    {
        var names = feeds.Select(f => f.Source).Concat(urls.Select(u => u.Source)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
        return Of([.. names.Select(n => new Source { Name = n })], feeds, urls, now);
    }

    /// <summary>Refusals by the site rather than failures of it: robots.txt, 401 and 403.</summary>
    public static bool IsBlocked(string? error) =>
        error is not null && (error.StartsWith("blocked", StringComparison.Ordinal) || error.StartsWith("login required", StringComparison.Ordinal)
            || error.StartsWith("disallowed by robots.txt", StringComparison.Ordinal) || error.StartsWith("robots.txt could not be fetched", StringComparison.Ordinal));

    private static double Share(int part, int whole) => whole == 0 ? 0 : (double)part / whole;
}
