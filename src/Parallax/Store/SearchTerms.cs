namespace Parallax.Store;

/// <summary>
/// The README's search syntax, read once for every store engine: words and "quoted phrases", all required;
/// <c>-word</c> excludes; a trailing <c>*</c> on a word searches by prefix. Terms without a letter or digit are
/// dropped. Each engine turns the terms into its own query language (SQLite FTS5, PostgreSQL tsquery).
/// </summary>
internal static class SearchTerms
{
    /// <summary>One word or phrase as typed (quotes removed), and how it is to be searched.</summary>
    public readonly record struct Term(string Text, bool Exclude, bool Prefix);

    public static List<Term> Parse(string query)
    {
        var terms = new List<Term>();
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
            if (HasWordCharacter(term))
                terms.Add(new Term(term, negate, prefix));
        }
        return terms;
    }

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
