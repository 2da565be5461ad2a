using System.Collections.Frozen;
using System.Text;

namespace Parallax.Extraction.Metadata;

/// <summary>
/// Cuts the site name off a title: "Headline | Outlet", "Headline - Outlet", "Outlet: Headline" lose the
/// outlet part when it is the site: it equals the page's outlet or host name, or is a short part (a
/// name, not a clause) that contains or is contained in them. A long part after a dash is part of the
/// headline even when it names the site ("How we designed Dropbox's ATF - an async task framework").
/// A suffix the page's own titles repeat after different headlines (<see cref="RepeatedSuffixes"/>:
/// <c>&lt;title&gt;</c> "Dam plan shelved | Valley Voice", og:title "Why the dam plan was shelved | Valley Voice")
/// is the site too, when the outlet and host do not tell.
/// </summary>
internal static class TitleCleaner
{
    /// <summary>Separators between a headline and a site name, as written with spaces around them.</summary>
    private static readonly string[] Separators = [" | ", " - ", " – ", " — ", " :: ", " · ", " • ", " » ", " « ", " / ", " ~ "];

    /// <summary>A part shorter than this (letters and digits) is not compared, so "AP" cannot match everything.</summary>
    private const int MinCompareLength = 3;

    /// <summary>A host name must be at least this long to match inside a part ("The Guardian" holds "guardian").</summary>
    private const int MinContainedHostLength = 5;

    /// <summary>A part with more words than this is a clause of the headline, matched only when equal to the site's name.</summary>
    private const int MaxSiteNameWords = 4;

    /// <summary>
    /// The title without its site-name suffix or prefix. <paramref name="siteName"/> is set to the part cut off
    /// when it matched only the host (the outlet was unknown).
    /// </summary>
    public static string Clean(string title, string? outlet, string? url, out string? siteName) =>
        Clean(title, outlet, url, [], out siteName);

    /// <summary>
    /// As above; a trailing part that is exactly one of the page's <paramref name="authors"/> is cut too
    /// (a personal blog's "Post title | Jane Roe"), without becoming the outlet.
    /// </summary>
    public static string Clean(string title, string? outlet, string? url, IReadOnlyList<string> authors, out string? siteName) =>
        Clean(title, outlet, url, authors, FrozenSet<string>.Empty, out siteName);

    /// <summary>
    /// As above; a part whose key is one of <paramref name="repeatedSuffixes"/> (<see cref="RepeatedSuffixes"/>) is
    /// cut as the site and, like a host match, reported in <paramref name="siteName"/>.
    /// </summary>
    public static string Clean(string title, string? outlet, string? url, IReadOnlyList<string> authors,
        IReadOnlySet<string> repeatedSuffixes, out string? siteName)
    {
        title = CutAuthorSuffix(title, authors);
        siteName = null;
        var outletKey = Key(outlet);
        var hostKeys = HostKeys(url);
        bool changed = true;
        while (changed)
        {
            changed = false;
            foreach (var sep in Separators)
            {
                int cut = title.LastIndexOf(sep, StringComparison.Ordinal);
                if (cut > 0)
                {
                    var suffix = title[(cut + sep.Length)..];
                    if (Matches(suffix, outletKey, hostKeys, out bool byHost) || IsRepeated(suffix, repeatedSuffixes, out byHost))
                    {
                        if (byHost)
                            siteName ??= suffix.Trim();
                        title = title[..cut].TrimEnd();
                        changed = true;
                        break;
                    }
                }
                int first = title.IndexOf(sep, StringComparison.Ordinal);
                if (first > 0)
                {
                    var prefix = title[..first];
                    if (Matches(prefix, outletKey, hostKeys, out bool byHost) && title.Length - first - sep.Length > 0)
                    {
                        if (byHost)
                            siteName ??= prefix.Trim();
                        title = title[(first + sep.Length)..].TrimStart();
                        changed = true;
                        break;
                    }
                }
            }
        }
        return title;
    }

    private static string CutAuthorSuffix(string title, IReadOnlyList<string> authors)
    {
        if (authors.Count == 0)
            return title;
        foreach (var sep in Separators)
        {
            int cut = title.LastIndexOf(sep, StringComparison.Ordinal);
            if (cut <= 0)
                continue;
            var key = Key(title[(cut + sep.Length)..]);
            if (key.Length >= MinCompareLength && authors.Any(a => Key(a) == key))
                return title[..cut].TrimEnd();
        }
        return title;
    }

    /// <summary>
    /// Keys of the trailing parts that two or more of the page's titles share after different headlines: the
    /// site's name, which the page writes after every title it gives. Only name-like parts count (at most
    /// <see cref="MaxSiteNameWords"/> words, opening with a capital or a digit but not "A"/"An", shorter than
    /// the headlines), so a subtitle clause the titles share ("– an async task framework") is never one.
    /// </summary>
    public static HashSet<string> RepeatedSuffixes(IEnumerable<string> titles)
    {
        var heads = new Dictionary<string, string>(StringComparer.Ordinal);
        var repeated = new HashSet<string>(StringComparer.Ordinal);
        foreach (var title in titles)
        {
            foreach (var sep in Separators)
            {
                int cut = title.LastIndexOf(sep, StringComparison.Ordinal);
                if (cut <= 0)
                    continue;
                var head = title[..cut];
                var suffix = title[(cut + sep.Length)..].Trim();
                if (!IsNameLike(suffix) || suffix.Length >= head.Length)
                    continue;
                var key = Key(suffix);
                var headKey = Key(head);
                if (key.Length < MinCompareLength)
                    continue;
                if (heads.TryGetValue(key, out var other) && other != headKey)
                    repeated.Add(key);
                else
                    heads.TryAdd(key, headKey);
            }
        }
        return repeated;
    }

    private static bool IsNameLike(string part)
    {
        var words = part.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is > 0 and <= MaxSiteNameWords && (char.IsUpper(part[0]) || char.IsDigit(part[0]))
            && words[0] is not ("A" or "An");
    }

    private static bool IsRepeated(string part, IReadOnlySet<string> repeated, out bool byHost)
    {
        byHost = repeated.Count > 0 && repeated.Contains(Key(part));
        return byHost;
    }

    private static bool Matches(string part, string outletKey, string[] hostKeys, out bool byHost)
    {
        byHost = false;
        var key = Key(part);
        if (key.Length < MinCompareLength)
            return false;
        bool nameLike = part.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= MaxSiteNameWords;
        if (outletKey.Length >= MinCompareLength
            && (key == outletKey || nameLike && (key.Contains(outletKey, StringComparison.Ordinal) || outletKey.Contains(key, StringComparison.Ordinal))))
            return true;
        foreach (var h in hostKeys)
        {
            if (key == h
                || nameLike && h.Length >= MinCompareLength && key.StartsWith(h, StringComparison.Ordinal)
                || nameLike && h.Length >= MinContainedHostLength && key.Contains(h, StringComparison.Ordinal))
            {
                byHost = true;
                return true;
            }
        }
        return false;
    }

    /// <summary>Lower-case letters and digits only: "The New York Times" and "NYTimes.com" compare loosely.</summary>
    private static string Key(string? s)
    {
        if (string.IsNullOrEmpty(s))
            return "";
        var sb = new StringBuilder(s.Length);
        foreach (char c in s)
        {
            if (char.IsLetterOrDigit(c))
                sb.Append(char.ToLowerInvariant(c));
        }
        return sb.ToString();
    }

    /// <summary>"www.nytimes.com" gives "nytimescom" and "nytimes".</summary>
    private static string[] HostKeys(string? url)
    {
        if (url is null || !Uri.TryCreate(url, UriKind.Absolute, out var u))
            return [];
        var host = u.Host;
        if (host.StartsWith("www.", StringComparison.OrdinalIgnoreCase))
            host = host[4..];
        var labels = host.Split('.');
        var main = labels.Length >= 2 ? labels[^2] : labels[0];
        // "bbc.co.uk": the registrable label is the one before the two-letter pair.
        if (labels.Length >= 3 && labels[^2].Length <= 3 && labels[^1].Length == 2)
            main = labels[^3];
        return [Key(host), Key(main)];
    }
}
