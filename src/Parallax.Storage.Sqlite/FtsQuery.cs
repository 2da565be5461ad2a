using System.Text;
using Parallax.Store;

namespace Parallax.Storage.Sqlite;

/// <summary>
/// Turns what a user types (<see cref="SearchTerms"/>) into an FTS5 query that cannot fail to parse: every word and "quoted phrase"
/// becomes a quoted FTS5 string (so AND, OR, NEAR, *, :, ^ and parentheses in the input are plain
/// text), all required; <c>-word</c> excludes a word; a trailing <c>*</c> on a word keeps prefix search.
/// </summary>
internal static class FtsQuery
{
    /// <summary>The FTS5 expression, or null when the query names nothing to look for.</summary>
    public static string? Build(string query)
    {
        var include = new List<string>();
        var exclude = new List<string>();
        foreach (var t in SearchTerms.Parse(query))
            (t.Exclude ? exclude : include).Add(Quote(t.Text) + (t.Prefix ? "*" : ""));
        if (include.Count == 0)
            return null;
        var sb = new StringBuilder(string.Join(' ', include));
        foreach (var e in exclude)
            sb.Append(" NOT ").Append(e);
        return sb.ToString();
    }

    private static string Quote(string term) => "\"" + term.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
