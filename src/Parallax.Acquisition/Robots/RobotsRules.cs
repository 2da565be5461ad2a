using System.Globalization;

namespace Parallax.Acquisition.Robots;

/// <summary>
/// A robots.txt read for one crawler (RFC 9309): the rules of the groups naming its product token, else those of
/// <c>*</c>; Allow and Disallow patterns with <c>*</c> and a closing <c>$</c>; the longest matching pattern wins,
/// Allow on a tie; the group's Crawl-delay; and the file's Sitemap lines.
/// </summary>
internal sealed class RobotsRules
{
    private readonly List<(string Pattern, bool Allow)> _rules;

    private RobotsRules(List<(string, bool)> rules, TimeSpan? crawlDelay, List<string> sitemaps, bool disallowAll)
    {
        _rules = rules;
        CrawlDelay = crawlDelay;
        Sitemaps = sitemaps;
        DisallowAll = disallowAll;
    }

    /// <summary>Everything allowed: no robots.txt (4xx), or an empty one.</summary>
    public static RobotsRules AllowAll { get; } = new([], null, [], false);

    /// <summary>Nothing allowed: robots.txt could not be fetched (5xx, network error), which RFC 9309 reads as a full disallow.</summary>
    public static RobotsRules Unreachable { get; } = new([], null, [], true);

    public bool DisallowAll { get; }

    /// <summary>The Crawl-delay of the group that applies, if it gave one.</summary>
    public TimeSpan? CrawlDelay { get; }

    /// <summary>Sitemap URLs, whatever group they stand in.</summary>
    public IReadOnlyList<string> Sitemaps { get; }

    /// <summary>Most of a robots.txt that is read (RFC 9309 asks for at least 500 KiB).</summary>
    public const int MaxBytes = 500 * 1024;

    /// <summary>Reads a robots.txt for the crawler whose product token is <paramref name="productToken"/>.</summary>
    public static RobotsRules Parse(string text, string productToken)
    {
        var named = new List<(string, bool)>();
        var star = new List<(string, bool)>();
        TimeSpan? namedDelay = null, starDelay = null;
        bool anyNamed = false, anyStar = false;
        var sitemaps = new List<string>();

        // The group being read: which agents it names, and whether its agent lines have ended (a rule was seen).
        bool groupNamed = false, groupStar = false, inRules = false;
        foreach (var raw in text.Split('\n'))
        {
            var line = raw;
            int hash = line.IndexOf('#');
            if (hash >= 0)
                line = line[..hash];
            int colon = line.IndexOf(':');
            if (colon <= 0)
                continue;
            var key = line[..colon].Trim().ToLowerInvariant();
            var value = line[(colon + 1)..].Trim();
            switch (key)
            {
                case "user-agent":
                    if (inRules)
                    {
                        groupNamed = groupStar = false;
                        inRules = false;
                    }
                    if (value == "*")
                        groupStar = anyStar = true;
                    else if (value.Equals(productToken, StringComparison.OrdinalIgnoreCase))
                        groupNamed = anyNamed = true;
                    break;
                case "allow" or "disallow":
                    inRules = true;
                    // An empty Disallow allows everything: it adds no rule.
                    if (value.Length == 0)
                        break;
                    var rule = (Normalize(value), key == "allow");
                    if (groupNamed)
                        named.Add(rule);
                    if (groupStar)
                        star.Add(rule);
                    break;
                case "crawl-delay":
                    inRules = true;
                    if (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out double seconds) && seconds >= 0 && seconds < 86_400)
                    {
                        var delay = TimeSpan.FromSeconds(seconds);
                        if (groupNamed)
                            namedDelay = delay;
                        if (groupStar)
                            starDelay = delay;
                    }
                    break;
                case "sitemap":
                    if (Uri.TryCreate(value, UriKind.Absolute, out _))
                        sitemaps.Add(value);
                    break;
            }
        }
        return anyNamed ? new RobotsRules(named, namedDelay, sitemaps, false)
            : anyStar ? new RobotsRules(star, starDelay, sitemaps, false)
            : new RobotsRules([], null, sitemaps, false);
    }

    /// <summary>Whether a path (with its query) may be fetched.</summary>
    public bool Allows(string pathAndQuery)
    {
        if (DisallowAll)
            return false;
        if (pathAndQuery == "/robots.txt")
            return true;
        var path = Normalize(pathAndQuery);
        int bestLength = -1;
        bool allowed = true;
        foreach (var (pattern, allow) in _rules)
        {
            if (pattern.Length < bestLength || (pattern.Length == bestLength && !allow) || !Matches(pattern, path))
                continue;
            bestLength = pattern.Length;
            allowed = allow;
        }
        return allowed;
    }

    /// <summary>
    /// Whether <paramref name="path"/> starts with what <paramref name="pattern"/> matches: <c>*</c> is any run of
    /// characters and a final <c>$</c> ties the pattern to the end. Greedy with one back-up point per star, so it
    /// runs in time proportional to the product of the lengths at worst, never exponentially.
    /// </summary>
    internal static bool Matches(string pattern, string path)
    {
        bool anchored = pattern.EndsWith('$');
        if (anchored)
            pattern = pattern[..^1];
        int p = 0, s = 0, starP = -1, starS = 0;
        while (true)
        {
            if (p == pattern.Length)
            {
                if (!anchored || s == path.Length)
                    return true;
            }
            else if (pattern[p] == '*')
            {
                starP = p++;
                starS = s;
                continue;
            }
            else if (s < path.Length && pattern[p] == path[s])
            {
                p++;
                s++;
                continue;
            }
            // Mismatch (or an anchored end not reached): let the last star swallow one more character.
            if (starP < 0 || starS >= path.Length)
                return false;
            p = starP + 1;
            s = ++starS;
        }
    }

    /// <summary>Percent-escapes compared in upper case, so "/a%3cb" and "/a%3Cb" are one path.</summary>
    private static string Normalize(string path)
    {
        if (!path.Contains('%'))
            return path;
        var chars = path.ToCharArray();
        for (int i = 0; i + 2 < chars.Length; i++)
        {
            if (chars[i] == '%' && char.IsAsciiHexDigit(chars[i + 1]) && char.IsAsciiHexDigit(chars[i + 2]))
            {
                chars[i + 1] = char.ToUpperInvariant(chars[i + 1]);
                chars[i + 2] = char.ToUpperInvariant(chars[i + 2]);
            }
        }
        return new string(chars);
    }
}
