using System.Globalization;
using System.Net;
using Parallax.Comparison.Report;

namespace Parallax.Rendering;

/// <summary>
/// The report as one self-contained HTML file (inline CSS, no script, no external assets): per story the
/// outlets side by side, aligned quotes with word differences highlighted, the figures table with
/// disagreements marked, each outlet's exclusives; then every article's clean text with its spans
/// highlighted, each fact linked to its span. Everything from an article is HTML-encoded.
/// </summary>
public static class HtmlReportRenderer
{
    /// <summary>The stylesheet of the report's elements, also served by the web UI.</summary>
    public const string Style = """
        body{font:15px/1.5 system-ui,sans-serif;margin:0 auto;max-width:1200px;padding:1em 2em;color:#222}
        h1{font-size:1.6em}h2{border-bottom:2px solid #444;padding-bottom:.2em;margin-top:2em}h3{margin-top:1.5em}
        .outlets{display:grid;grid-template-columns:repeat(auto-fit,minmax(220px,1fr));gap:1em}
        .outlet{border:1px solid #ccc;border-radius:6px;padding:.6em}.outlet b{display:block}
        .meta{color:#666;font-size:.9em}
        table{border-collapse:collapse;width:100%}td,th{border:1px solid #ccc;padding:.3em .5em;vertical-align:top;text-align:left}
        .quotes td{width:1%}.diff{background:#fff3b0}.disagree{background:#ffd6d6;font-weight:bold}.agree{background:#dff5df}
        .speaker{font-weight:bold;color:#205080}.paraphrase{font-style:italic;color:#666;font-size:.85em;margin-right:.3em}
        article{border-top:1px solid #ccc;margin-top:1.5em;white-space:pre-wrap}
        .s-quote{background:#e3efff}.s-quantity{background:#ffe8c2}.s-date{background:#e6f7e6}.s-entity{border-bottom:2px solid #b7a0e0}.s-citation{background:#f3d9f3}
        a{color:inherit}
        """;

    /// <summary>Writes the report as one self-contained HTML page; all article text is encoded, never markup.</summary>
    public static void Write(ComparisonReport report, TextWriter w)
    {
        var index = new ReportIndex(report);
        w.WriteLine("<!DOCTYPE html>");
        w.WriteLine("<html lang=\"en\"><head><meta charset=\"utf-8\">");
        w.WriteLine("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">");
        w.WriteLine($"<title>Parallax: {E((report.Stories.Count > 0 ? report.Stories[0].Title : null) ?? "coverage comparison")}</title>");
        w.WriteLine($"<style>{Style}</style></head><body>");
        w.WriteLine($"<h1>Coverage comparison</h1><p class=\"meta\">{report.Articles.Count} article(s) in {report.Stories.Count} story(ies)</p>");
        foreach (var story in report.Stories)
            WriteStory(w, story, index);
        w.WriteLine("<h2>Articles</h2>");
        foreach (var a in report.Articles)
            WriteArticle(w, a);
        w.WriteLine("</body></html>");
    }

    /// <summary>
    /// One story's section. <paramref name="articleHref"/> links an article (default: its anchor in the same
    /// page) and <paramref name="factHref"/> a quote or figure, given its article's id and its own (default:
    /// its span's anchor in the same page).
    /// </summary>
    public static void WriteStory(TextWriter w, ReportStory story, ReportIndex index, Func<string, string>? articleHref = null,
        Func<string, string, string>? factHref = null)
    {
        articleHref ??= id => "#" + id;
        factHref ??= (_, fact) => "#" + fact;
        w.WriteLine($"<section id=\"{A(story.Id)}\"><h2>{E(story.Title ?? story.Id)}</h2>");
        w.WriteLine("<div class=\"outlets\">");
        foreach (var id in story.Articles)
        {
            var a = index.Article(id);
            var meta = ReportIndex.Meta(a);
            w.WriteLine($"<div class=\"outlet\"><b>{E(ReportIndex.Label(a))}</b><a href=\"{A(articleHref(a.Id))}\">{E(a.Title ?? a.Id)}</a><div class=\"meta\">{E(meta)}</div></div>");
        }
        w.WriteLine("</div>");

        var shared = ReportIndex.SharedQuotes(story, index).ToList();
        if (shared.Count > 0)
        {
            w.WriteLine("<h3>Quotes carried by more than one outlet</h3><table class=\"quotes\">");
            foreach (var g in shared)
            {
                var first = index.Quote(g.Members[0]).Quote.Text;
                w.WriteLine($"<tr><th colspan=\"2\" class=\"speaker\">{E(g.Speaker ?? "unattributed")}</th></tr>");
                foreach (var m in g.Members)
                {
                    var (a, q) = index.Quote(m);
                    var words = m == g.Members[0] ? WordDiff.Diff(q.Text, index.Quote(g.Members[Math.Min(1, g.Members.Count - 1)]).Quote.Text).Left : WordDiff.Diff(first, q.Text).Right;
                    var body = string.Join(' ', words.Select(x => x.Common ? E(x.Text) : $"<span class=\"diff\">{E(x.Text)}</span>"));
                    w.WriteLine($"<tr><td>{E(ReportIndex.Label(a))}</td><td><a href=\"{A(factHref(a.Id, q.Id))}\">{Shown(q.Direct, body)}</a></td></tr>");
                }
            }
            w.WriteLine("</table>");
        }

        if (story.Figures.Count > 0)
        {
            w.WriteLine("<h3>Figures</h3><table><tr><th>about</th>");
            foreach (var id in story.Articles)
                w.Write($"<th>{E(ReportIndex.Label(index.Article(id)))}</th>");
            w.WriteLine("<th>agree</th></tr>");
            foreach (var f in story.Figures)
            {
                var cls = f.Agree ? "agree" : "disagree";
                w.Write($"<tr><td>{E(f.About)}</td>");
                foreach (var id in story.Articles)
                {
                    var cells = f.Members.Select(index.Quantity).Where(x => x.Article.Id == id)
                        .Select(x => $"<a href=\"{A(factHref(x.Article.Id, x.Quantity.Id))}\">{E(x.Quantity.Text)}</a>"
                            + (ReportIndex.IsEarlier(f, x.Quantity.Id) ? " <small>(earlier report)</small>" : ""));
                    w.Write($"<td class=\"{cls}\">{string.Join("<br>", cells)}</td>");
                }
                var verdict = f.Agree ? "yes" : string.IsNullOrEmpty(f.Why) ? "no" : $"no<br><small>{E(f.Why)}</small>";
                w.WriteLine($"<td class=\"{cls}\">{verdict}</td></tr>");
            }
            w.WriteLine("</table>");
        }

        foreach (var (a, quotes) in index.ExclusiveQuotes(story))
        {
            w.WriteLine($"<h3>Only {E(ReportIndex.Label(a))} quotes</h3><ul>");
            foreach (var q in quotes)
                w.WriteLine($"<li><span class=\"speaker\">{E(q.Speaker ?? "unattributed")}</span>: <a href=\"{A(factHref(a.Id, q.Id))}\">{Shown(q.Direct, E(q.Text))}</a></li>");
            w.WriteLine("</ul>");
        }
        foreach (var (a, figures) in index.ExclusiveFigures(story))
        {
            w.WriteLine($"<h3>Figures only {E(ReportIndex.Label(a))} gives</h3><ul>");
            foreach (var n in figures)
                w.WriteLine($"<li><a href=\"{A(factHref(a.Id, n.Id))}\">{E(n.Text)}</a></li>");
            w.WriteLine("</ul>");
        }
        foreach (var e in story.Exclusives.Where(e => e.People.Count > 0 || e.Sentences.Count > 0))
        {
            var a = index.Article(e.Article);
            w.WriteLine($"<h3>Only in {E(ReportIndex.Label(a))}</h3><ul>");
            if (e.People.Count > 0)
                w.WriteLine($"<li>People: {E(string.Join(", ", e.People))}</li>");
            foreach (var sentence in e.Sentences)
                w.WriteLine($"<li><a href=\"{A(articleHref(a.Id))}\">{E(sentence.Text)}</a></li>");
            w.WriteLine("</ul>");
        }
        if (story.Framing.Count > 0)
        {
            w.WriteLine("<h3>Framing: loaded terms per outlet</h3><table><tr><th>family</th>");
            foreach (var id in story.Articles)
                w.Write($"<th>{E(ReportIndex.Label(index.Article(id)))}</th>");
            w.WriteLine("</tr>");
            foreach (var f in story.Framing)
            {
                w.Write($"<tr><td>{E(f.Family)}</td>");
                foreach (var id in story.Articles)
                {
                    var used = f.Terms.Select((t, i) => (t, n: f.Counts[id][i])).Where(x => x.n > 0).Select(x => $"{E(x.t)} {x.n}");
                    w.Write($"<td>{string.Join("<br>", used)}</td>");
                }
                w.WriteLine("</tr>");
            }
            w.WriteLine("</table>");
        }
        w.WriteLine("</section>");
    }

    /// <summary>An article's clean text with its spans highlighted, under its title and source.</summary>
    public static void WriteArticle(TextWriter w, ReportArticle a)
    {
        w.WriteLine($"<article id=\"{A(a.Id)}\"><h3>{E(a.Title ?? a.Id)}</h3>");
        w.WriteLine($"<div class=\"meta\">{E(ReportIndex.Label(a))} · {E(a.Published ?? "date unknown")} · source: {E(a.Source)}</div>");
        w.WriteLine(Highlight(a));
        w.WriteLine("</article>");
    }

    /// <summary>
    /// The text cut at every span boundary, each piece wrapped in the classes of the spans covering it, so
    /// overlapping spans still nest correctly; a span's first piece carries its id for links.
    /// </summary>
    internal static string Highlight(ReportArticle a)
    {
        var spans = new List<(int Start, int End, string Class, string? Id)>();
        foreach (var q in a.Quotes ?? []) spans.Add((q.Span[0], q.Span[1], "s-quote", q.Id));
        foreach (var n in a.Quantities ?? []) spans.Add((n.Span[0], n.Span[1], "s-quantity", n.Id));
        foreach (var d in a.Dates ?? []) spans.Add((d.Span[0], d.Span[1], "s-date", null));
        foreach (var e in a.Entities ?? []) spans.Add((e.Span[0], e.Span[1], "s-entity", null));
        foreach (var c in a.Citations ?? []) spans.Add((c.Span[0], c.Span[1], "s-citation", null));
        var text = a.Text;
        spans.RemoveAll(s => s.Start < 0 || s.End > text.Length || s.Start >= s.End);
        var cuts = new SortedSet<int> { 0, text.Length };
        foreach (var s in spans)
        {
            cuts.Add(s.Start);
            cuts.Add(s.End);
        }
        var sb = new System.Text.StringBuilder(text.Length * 2);
        var placed = new HashSet<string>();
        int prev = 0;
        foreach (int cut in cuts.Skip(1))
        {
            var piece = text[prev..cut];
            var covering = spans.Where(s => s.Start <= prev && s.End >= cut).ToList();
            if (covering.Count == 0)
            {
                sb.Append(E(piece));
            }
            else
            {
                var classes = string.Join(' ', covering.Select(s => s.Class).Distinct());
                var ids = covering.Where(s => s.Id is not null && s.Start == prev && placed.Add(s.Id)).Select(s => s.Id!).ToList();
                foreach (var id in ids.Skip(1))
                    sb.Append(CultureInfo.InvariantCulture, $"<a id=\"{A(id)}\"></a>");
                var idAttr = ids.Count > 0 ? $" id=\"{A(ids[0])}\"" : "";
                sb.Append(CultureInfo.InvariantCulture, $"<span class=\"{classes}\"{idAttr}>{E(piece)}</span>");
            }
            prev = cut;
        }
        return sb.ToString();
    }

    /// <summary>HTML-encodes text from an article (or anything else) for element content.</summary>
    private static string E(string s) => WebUtility.HtmlEncode(s);

    /// <summary>Encoded quote text as shown: direct speech in quotation marks, reported speech marked as a paraphrase.</summary>
    public static string Shown(bool direct, string encoded) =>
        direct ? $"“{encoded}”" : $"<span class=\"paraphrase\">{ReportIndex.Paraphrase}</span>{encoded}";

    /// <summary>HTML-encodes a value for a double-quoted attribute.</summary>
    private static string A(string s) => WebUtility.HtmlEncode(s);
}
