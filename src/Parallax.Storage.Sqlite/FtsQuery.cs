using System.Text;

namespace Parallax.Storage.Sqlite;

/// <summary>
/// Turns what a user types into an FTS5 query that cannot fail to parse: every word and "quoted phrase"
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
        int i = 0;
        while (i < query.Length)
        {
            char c = query[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }
            bool negate = c == '-' && i + 1 < query.Length && !char.IsWhiteSpace(query[i + 1]);
            if (negate)
                i++;
            string term;
            bool prefix = false;
            if (query[i] == '"')
            {
                int end = query.IndexOf('"', i + 1);
                if (end < 0)
                    end = query.Length;
                term = query[(i + 1)..end];
                i = Math.Min(end + 1, query.Length);
            }
            else
            {
                int start = i;
                while (i < query.Length && !char.IsWhiteSpace(query[i]))
                    i++;
                term = query[start..i];
                if (term.Length > 1 && term[^1] == '*')
                {
                    prefix = true;
                    term = term[..^1];
                }
            }
            if (!HasWordCharacter(term))
                continue;
            var quoted = Quote(term) + (prefix ? "*" : "");
            (negate ? exclude : include).Add(quoted);
        }
        if (include.Count == 0)
            return null;
        var sb = new StringBuilder(string.Join(' ', include));
        foreach (var e in exclude)
            sb.Append(" NOT ").Append(e);
        return sb.ToString();
    }

    private static string Quote(string term) => "\"" + term.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private static bool HasWordCharacter(string s)
    {
        foreach (char c in s)
        {
            if (char.IsLetterOrDigit(c))
                return true;
        }
        return false;
    }
}
