using System.Globalization;
using System.Text;
using Parallax.Comparison.Report;

namespace Parallax.Rendering;

/// <summary>The report as Markdown (GitHub flavour): a section per story with tables of outlets, quotes and figures.</summary>
public static class MarkdownReportRenderer
{
    /// <summary>Writes the report as Markdown; article text is escaped.</summary>
    public static void Write(ComparisonReport report, TextWriter w)
    {
        var index = new ReportIndex(report);
        w.WriteLine("# Coverage comparison");
        w.WriteLine();
        w.WriteLine($"{report.Articles.Count} article(s) in {report.Stories.Count} story(ies).");
        foreach (var story in report.Stories)
        {
            w.WriteLine();
            w.WriteLine($"## {story.Id}: {Escape(story.Title ?? "(untitled)")}");
            w.WriteLine();
            w.WriteLine("| id | outlet | published | title |");
            w.WriteLine("|---|---|---|---|");
            foreach (var id in story.Articles)
            {
                var a = index.Article(id);
                w.WriteLine($"| {Escape(a.Id)} | {Escape(a.Outlet ?? "")} | {Escape(a.Published ?? "")} | {Escape(a.Title ?? "")} |");
            }

            var shared = ReportIndex.SharedQuotes(story, index).ToList();
            if (shared.Count > 0)
            {
                w.WriteLine();
                w.WriteLine("### Quotes carried by more than one outlet");
                foreach (var g in shared)
                {
                    w.WriteLine();
                    w.WriteLine($"**{Escape(g.Speaker ?? "unattributed")}**");
                    w.WriteLine();
                    foreach (var m in g.Members)
                    {
                        var (a, q) = index.Quote(m);
                        w.WriteLine($"- {Escape(ReportIndex.Label(a))}: {Shown(q)} `{q.Id}` [{q.Span[0]}, {q.Span[1]})");
                    }
                }
            }

            if (story.Figures.Count > 0)
            {
                w.WriteLine();
                w.WriteLine("### Figures");
                w.WriteLine();
                w.WriteLine("| about | " + string.Join(" | ", story.Articles.Select(id => Escape(ReportIndex.Label(index.Article(id))))) + " | agree |");
                w.WriteLine("|---|" + string.Concat(story.Articles.Select(_ => "---|")) + "---|");
                foreach (var f in story.Figures)
                {
                    var cells = story.Articles.Select(id =>
                        string.Join("; ", f.Members.Select(index.Quantity).Where(x => x.Article.Id == id)
                            .Select(x => Escape(x.Quantity.Text) + (ReportIndex.IsEarlier(f, x.Quantity.Id) ? " (earlier report)" : ""))));
                    w.WriteLine($"| {Escape(f.About)} | {string.Join(" | ", cells)} | {(f.Agree ? "yes" : string.IsNullOrEmpty(f.Why) ? "**no**" : $"**no**: {Escape(f.Why)}")} |");
                }
            }

            foreach (var (a, quotes) in index.ExclusiveQuotes(story))
            {
                w.WriteLine();
                w.WriteLine($"### Only {Escape(ReportIndex.Label(a))} quotes");
                w.WriteLine();
                foreach (var q in quotes)
                    w.WriteLine($"- {Escape(q.Speaker ?? "unattributed")}: {Shown(q)} `{q.Id}`");
            }
            foreach (var (a, figures) in index.ExclusiveFigures(story))
            {
                w.WriteLine();
                w.WriteLine($"### Figures only {Escape(ReportIndex.Label(a))} gives");
                w.WriteLine();
                foreach (var n in figures)
                    w.WriteLine($"- {Escape(n.Text)} `{n.Id}`");
            }
            foreach (var e in story.Exclusives.Where(e => e.People.Count > 0))
            {
                w.WriteLine();
                w.WriteLine($"People only {Escape(ReportIndex.Label(index.Article(e.Article)))} names: {Escape(string.Join(", ", e.People))}");
            }
            if (story.Framing.Count > 0)
            {
                w.WriteLine();
                w.WriteLine("### Framing (loaded terms per outlet)");
                w.WriteLine();
                w.WriteLine("| family | " + string.Join(" | ", story.Articles.Select(id => Escape(ReportIndex.Label(index.Article(id))))) + " |");
                w.WriteLine("|---|" + string.Concat(story.Articles.Select(_ => "---|")));
                foreach (var f in story.Framing)
                {
                    var cells = story.Articles.Select(id => string.Join(", ", f.Terms.Select((t, i) => (t, n: f.Counts[id][i])).Where(x => x.n > 0).Select(x => $"{Escape(x.t)} {x.n}")));
                    w.WriteLine($"| {Escape(f.Family)} | {string.Join(" | ", cells)} |");
                }
            }
        }
    }

    /// <summary>Direct speech in quotation marks; reported speech without them, marked as a paraphrase.</summary>
    private static string Shown(ReportQuote q) => q.Direct ? $"“{Escape(q.Text)}”" : $"_({ReportIndex.Paraphrase})_ {Escape(q.Text)}";

    /// <summary>Escapes Markdown and inline HTML so article text renders as the words it is.</summary>
    public static string Escape(string s)
    {
        var sb = new StringBuilder(s.Length);
        foreach (char ch in s)
        {
            switch (ch)
            {
                case '<': sb.Append("&lt;"); break;
                case '>': sb.Append("&gt;"); break;
                case '&': sb.Append("&amp;"); break;
                case '\n': case '\r': sb.Append(' '); break;
                case '\\' or '`' or '*' or '_' or '[' or ']' or '|' or '#':
                    sb.Append('\\').Append(ch);
                    break;
                default: sb.Append(ch); break;
            }
        }
        return sb.ToString();
    }
}
