using Parallax.Comparison.Report;

namespace Parallax.Rendering;

/// <summary>The report for a terminal: plain text readable at 80 columns.</summary>
public static class TextReportRenderer
{
    public static void Write(ComparisonReport report, TextWriter w)
    {
        w.WriteLine($"{report.Articles.Count} article(s), {report.Stories.Count} story(ies)");
        w.WriteLine();
        foreach (var a in report.Articles)
        {
            w.WriteLine($"[{a.Id}] {a.Title ?? "(no title)"}");
            var meta = new List<string>();
            if (a.Outlet is not null) meta.Add(a.Outlet);
            if (a.Published is not null) meta.Add(a.Published);
            if (a.Dateline is not null) meta.Add($"dateline {a.Dateline}");
            if (a.Authors.Count > 0) meta.Add($"by {string.Join(", ", a.Authors)}");
            if (meta.Count > 0)
                w.WriteLine($"    {string.Join(" · ", meta)}");
            w.WriteLine($"    {a.Source}, {a.Text.Length:N0} characters of text");
            w.WriteLine();
        }
    }
}
