namespace Parallax.Stories;

/// <summary>A story as grouping sees it: its members and the running centroids of their vectors.</summary>
public sealed class StoryCluster(int id)
{
    public int Id { get; } = id;
    public List<int> Members { get; } = [];
    public Centroid Title { get; } = new();
    public Centroid Lead { get; } = new();
    public Centroid Body { get; } = new();
    public Centroid Names { get; } = new();
    public DateTime? First { get; private set; }
    public DateTime? Last { get; private set; }

    public void Add(int article, ArticleFeatures f)
    {
        Members.Add(article);
        Title.Add(f.Title);
        Lead.Add(f.Lead);
        Body.Add(f.Body);
        Names.Add(f.Names);
        if (f.Time is { } t)
        {
            if (First is null || t < First) First = t;
            if (Last is null || t > Last) Last = t;
        }
    }

    /// <summary>Days from <paramref name="t"/> to the story's time span (0 inside it); null when either is unknown.</summary>
    public double? DaysFrom(DateTime? t)
    {
        if (t is not { } time || First is not { } first || Last is not { } last)
            return null;
        if (time < first) return (first - time).TotalDays;
        if (time > last) return (time - last).TotalDays;
        return 0;
    }
}
