using System.Globalization;
using System.Text;
using Parallax.Comparison.Report;

namespace Parallax.Rendering;

/// <summary>
/// The report for a terminal: per story, the outlets, the quotes several outlets carry (with each
/// wording), the figures compared (disagreements marked), and what only one outlet reports. Wrapped at
/// <see cref="Width"/> columns; ANSI colour only when asked (the CLI asks when standard output is a terminal).
/// </summary>
public static class TextReportRenderer
{
    /// <summary>The column the text wraps at.</summary>
    public const int Width = 80;

    /// <summary>Writes the report; <paramref name="color"/> adds ANSI colour.</summary>
    public static void Write(ComparisonReport report, TextWriter w, bool color = false)
    {
        var index = new ReportIndex(report);
        var c = new Colors(color);
        w.WriteLine(c.Bold($"{report.Articles.Count} article(s) in {report.Stories.Count} story(ies)"));
        foreach (var story in report.Stories)
        {
            w.WriteLine();
            w.WriteLine(c.Bold(new string('=', Width)));
            Wrap(w, $"{story.Id.ToUpperInvariant()}  {story.Title ?? "(untitled)"}", "", c.Bold);
            w.WriteLine(c.Bold(new string('=', Width)));
            foreach (var id in story.Articles)
            {
                var a = index.Article(id);
                var meta = ReportIndex.Meta(a);
                Wrap(w, $"[{a.Id}] {ReportIndex.Label(a)}: {a.Title}" + (meta.Length > 0 ? $" ({meta})" : ""), "    ", null);
            }

            var shared = ReportIndex.SharedQuotes(story, index).ToList();
            if (shared.Count > 0)
            {
                Section(w, c, $"Quotes carried by more than one outlet ({shared.Count})");
                foreach (var g in shared)
                {
                    Wrap(w, $"* {g.Speaker ?? "unattributed"}:", "  ", c.Cyan);
                    foreach (var m in g.Members)
                    {
                        var (a, q) = index.Quote(m);
                        Wrap(w, $"{ReportIndex.Label(a)}: {ReportIndex.Shown(q)}", "      ", null, "    ");
                    }
                }
            }

            if (story.Figures.Count > 0)
            {
                Section(w, c, $"Figures compared ({story.Figures.Count})");
                foreach (var f in story.Figures)
                {
                    var mark = f.Agree ? c.Green("agree") : c.Red("DISAGREE");
                    Wrap(w, $"* {f.About} [{mark}]", "  ", null);
                    if (!f.Agree && !string.IsNullOrEmpty(f.Why))
                        Wrap(w, $"why: {f.Why}", "      ", null, "    ");
                    foreach (var m in f.Members)
                    {
                        var (a, n) = index.Quantity(m);
                        var earlier = ReportIndex.IsEarlier(f, m) ? ", earlier report" : "";
                        Wrap(w, $"{ReportIndex.Label(a)}: {n.Text} ({Value(n)}{earlier})", "      ", null, "    ");
                    }
                }
            }

            foreach (var (a, quotes) in index.ExclusiveQuotes(story))
            {
                Section(w, c, $"Only {ReportIndex.Label(a)} quotes ({quotes.Count})");
                foreach (var q in quotes)
                    Wrap(w, $"* {q.Speaker ?? "unattributed"}: {ReportIndex.Shown(q)}", "    ", null, "  ");
            }
            foreach (var (a, figures) in index.ExclusiveFigures(story))
            {
                Section(w, c, $"Figures only {ReportIndex.Label(a)} gives ({figures.Count})");
                foreach (var n in figures)
                    Wrap(w, $"* {n.Text}", "    ", null, "  ");
            }
            foreach (var e in story.Exclusives.Where(e => e.People.Count > 0))
                Wrap(w, $"People only {ReportIndex.Label(index.Article(e.Article))} names: {string.Join(", ", e.People)}", "    ", null);
            if (story.Framing.Count > 0)
            {
                Section(w, c, "Framing: loaded terms per outlet (counts, no verdict)");
                foreach (var f in story.Framing)
                {
                    Wrap(w, $"* {f.Family}", "  ", c.Cyan);
                    foreach (var id in story.Articles)
                    {
                        var counts = f.Counts[id];
                        var used = f.Terms.Select((t, i) => (t, n: counts[i])).Where(x => x.n > 0).Select(x => $"{x.t} {x.n}");
                        Wrap(w, $"{ReportIndex.Label(index.Article(id))}: {string.Join(", ", used.DefaultIfEmpty("-"))}", "      ", null, "    ");
                    }
                }
            }
        }
    }

    /// <summary>The value read, with its hedge ("more than 2,000"): the text shown beside it may leave the hedge out.</summary>
    private static string Value(ReportQuantity n)
    {
        var value = n.High is { } high
            ? string.Create(CultureInfo.InvariantCulture, $"{n.Value:#,0.##}–{high:#,0.##}")
            : n.Value.ToString("#,0.##", CultureInfo.InvariantCulture);
        return n.Approximation is { Length: > 0 } hedge ? $"{hedge.ToLowerInvariant()} {value}" : value;
    }

    private static void Section(TextWriter w, Colors c, string title)
    {
        w.WriteLine();
        w.WriteLine(c.Yellow(TerminalText.Clean(title)));
    }

    /// <summary>Writes text wrapped at <see cref="Width"/>, continuation lines indented by <paramref name="indent"/>.</summary>
    private static void Wrap(TextWriter w, string text, string indent, Func<string, string>? style, string firstIndent = "")
    {
        var line = new StringBuilder(firstIndent);
        bool empty = true;
        // Everything printed goes through here or Section, so no control character from an article reaches the terminal.
        foreach (var word in TerminalText.Clean(text).Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (!empty && line.Length + 1 + word.Length > Width)
            {
                Flush(w, line.ToString(), style);
                line.Clear().Append(indent);
                empty = true;
            }
            if (!empty)
                line.Append(' ');
            line.Append(word);
            empty = false;
        }
        if (!empty)
            Flush(w, line.ToString(), style);
    }

    private static void Flush(TextWriter w, string line, Func<string, string>? style) => w.WriteLine(style is null ? line : style(line));

    private sealed class Colors(bool on)
    {
        private string Paint(string code, string s) => on ? $"\u001b[{code}m{s}\u001b[0m" : s;
        public string Bold(string s) => Paint("1", s);
        public string Red(string s) => Paint("1;31", s);
        public string Green(string s) => Paint("32", s);
        public string Yellow(string s) => Paint("33", s);
        public string Cyan(string s) => Paint("36", s);
    }
}
