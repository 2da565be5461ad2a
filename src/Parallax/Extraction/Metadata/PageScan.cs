using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace Parallax.Extraction.Metadata;

/// <summary>An element that may hold metadata, with its <see cref="PageRegions"/> score and class/id text.</summary>
internal readonly record struct PageCandidate(IElement Element, int Score, string ClassAndId);

/// <summary>
/// One walk over the body that finds every element the body layers look at — time elements, byline and
/// date-line candidates, headings — and scores each by its ancestors as it goes, instead of one selector
/// query and one ancestor climb per candidate.
/// </summary>
internal sealed partial class PageScan
{
    /// <summary>At most this many candidates of each kind are kept (long comment threads, tweet lists).</summary>
    public const int MaxCandidates = 200;

    /// <summary>Subtrees that hold no visible metadata.</summary>
    private static readonly HashSet<string> SkippedTags = new(StringComparer.OrdinalIgnoreCase) { "script", "style", "noscript", "template", "svg" };

    /// <summary>Microdata properties that hold dates.</summary>
    private static readonly HashSet<string> DateItemProps = new(StringComparer.OrdinalIgnoreCase) { "datePublished", "dateCreated", "dateModified" };

    public List<PageCandidate> TimeElements { get; } = [];
    public List<PageCandidate> Bylines { get; } = [];
    public List<PageCandidate> DateLines { get; } = [];
    public List<IElement> H1s { get; } = [];

    /// <summary>Elements whose class or id says dateline ("WASHINGTON —").</summary>
    public List<PageCandidate> Datelines { get; } = [];

    /// <summary>h2/h3 and title- or headline-classed elements, for pages whose headline is not an h1.</summary>
    public List<IElement> HeadlineLike { get; } = [];

    public static PageScan Of(IHtmlDocument document)
    {
        var scan = new PageScan();
        if (document.Body is { } body)
            scan.Walk(body, 0, int.MinValue / 2, int.MinValue / 2, int.MinValue / 2);
        return scan;
    }

    /// <summary>Depth-first; the last three arguments are the depths of the nearest marked ancestors.</summary>
    private void Walk(IElement parent, int depth, int elsewhereAt, int headerAt, int articleAt)
    {
        foreach (var e in parent.Children)
        {
            var tag = e.LocalName;
            if (SkippedTags.Contains(tag))
                continue;
            var names = PageRegions.ClassAndId(e);
            int score = PageRegions.Score(
                depth - elsewhereAt <= PageRegions.MaxAncestors,
                depth - headerAt <= PageRegions.MaxAncestors,
                depth - articleAt <= PageRegions.MaxAncestors);
            Classify(e, tag, names, score);

            var marks = PageRegions.MarksOf(e, names);
            Walk(e, depth + 1,
                marks.HasFlag(PageRegions.Marks.Elsewhere) ? depth + 1 : elsewhereAt,
                marks.HasFlag(PageRegions.Marks.Header) ? depth + 1 : headerAt,
                marks.HasFlag(PageRegions.Marks.Article) ? depth + 1 : articleAt);
        }
    }

    private void Classify(IElement e, string tag, string names, int score)
    {
        var candidate = new PageCandidate(e, score, names);
        var itemprop = e.GetAttribute("itemprop");
        if (tag == "time" || itemprop is not null && DateItemProps.Contains(itemprop))
            Add(TimeElements, candidate);
        if (string.Equals(itemprop, "author", StringComparison.OrdinalIgnoreCase)
            || string.Equals(e.GetAttribute("rel"), "author", StringComparison.OrdinalIgnoreCase)
            || names.Length > 0 && BylineNames().IsMatch(names))
            Add(Bylines, candidate);
        if (names.Length > 0 && DateNames().IsMatch(names))
            Add(DateLines, candidate);
        if (names.Contains("dateline", StringComparison.OrdinalIgnoreCase))
            Add(Datelines, candidate);
        if (tag == "h1")
            H1s.Add(e);
        else if (tag is "h2" or "h3" || names.Length > 0 && HeadlineNames().IsMatch(names))
            Add(HeadlineLike, e);
    }

    private static void Add<T>(List<T> list, T item)
    {
        if (list.Count < MaxCandidates)
            list.Add(item);
    }

    /// <summary>Class or id of an element that holds a byline ("author", not "authorization" or "authority").</summary>
    [GeneratedRegex("byline|author(?!i[tz])|autor(?!i[tz])|writer|reporter", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BylineNames();

    /// <summary>Class or id of an element that holds a date line.</summary>
    [GeneratedRegex("date|time|publish|posted|datum|fecha|data|tarih|meta|byline", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DateNames();

    /// <summary>Class or id of an element that holds a headline.</summary>
    [GeneratedRegex("title|headline", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HeadlineNames();
}
