namespace Parallax.Acquisition.Feeds;

/// <summary>
/// What was wrong with a listing, counted by kind so that a sitemap with 40,000 bad dates says so in one line
/// with an example, not in 40,000.
/// </summary>
internal sealed class ListingProblems
{
    private readonly List<string> _lines = [];
    private readonly Dictionary<string, (int Count, string Example)> _counted = new(StringComparer.Ordinal);

    public void Add(string line) => _lines.Add(line);

    public void Count(string kind, string example)
    {
        _counted[kind] = _counted.TryGetValue(kind, out var c) ? (c.Count + 1, c.Example) : (1, Shorten(example));
    }

    public IReadOnlyList<string> Lines()
    {
        var all = new List<string>(_lines);
        foreach (var (kind, (count, example)) in _counted)
            all.Add($"{count} {kind}{(count == 1 ? "" : "s")} (e.g. '{example}')");
        return all;
    }

    private static string Shorten(string s)
    {
        s = s.Trim().ReplaceLineEndings(" ");
        return s.Length <= 60 ? s : s[..57] + "...";
    }
}
