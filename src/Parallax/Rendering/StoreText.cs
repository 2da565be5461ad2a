using System.Text;
using Parallax.Store;

namespace Parallax.Rendering;

/// <summary>The store's listings as terminal lines.</summary>
public static class StoreText
{
    /// <summary><c>s12  5 articles  3 outlets  2016-12-22..2016-12-24  Title</c></summary>
    public static string StoryLine(StorySummary s)
    {
        var span = (Day(s.FirstPublished), Day(s.LastPublished)) switch
        {
            (null, null) => "undated",
            (var a, var b) when a == b || b is null => a!,
            (null, var b) => b!,
            (var a, var b) => $"{a}..{b}",
        };
        return TerminalText.Clean($"{s.Key,-7} {Plural(s.Articles, "article"),-12} {Plural(s.Outlets, "outlet"),-10} {span,-22} {OneLine(s.Title) ?? "(untitled)"}");
    }

    /// <summary>Two lines: the article and its story, then the snippet with the matches marked.</summary>
    public static string SearchLines(SearchHit h, bool color)
    {
        var head = TerminalText.Clean($"{h.ArticleId}  {h.Story}  {h.Outlet ?? "(no outlet)"}  {Day(h.Published) ?? "undated"}  {OneLine(h.Title) ?? "(untitled)"}");
        var (on, off) = color ? ("\u001b[1;33m", "\u001b[0m") : ("[", "]");
        var snippet = new StringBuilder(TerminalText.Clean(OneLine(h.Snippet) ?? ""))
            .Replace(SearchHit.MatchStart.ToString(), on)
            .Replace(SearchHit.MatchEnd.ToString(), off);
        return head + "\n    " + snippet;
    }

    /// <summary>The day of an ISO date or date-time (<c>2025-03-11</c>).</summary>
    public static string? Day(string? iso) => iso is { Length: >= 10 } ? iso[..10] : iso;

    /// <summary><c>1 story</c>, <c>3 stories</c>.</summary>
    public static string Plural(int n, string one, string? many = null) => n == 1 ? $"1 {one}" : $"{n} {many ?? one + "s"}";

    private static string? OneLine(string? s)
    {
        if (s is null)
            return null;
        var sb = new StringBuilder(s.Length);
        foreach (char c in s)
        {
            // Control characters from an article never reach the terminal (no escape sequences from text).
            if (char.IsControl(c))
            {
                if (sb.Length > 0 && sb[^1] != ' ')
                    sb.Append(' ');
            }
            else
            {
                sb.Append(c);
            }
        }
        return sb.ToString().Trim();
    }
}
