using System.Text;
using Parallax.Store;

namespace Parallax.Storage.Postgres;

/// <summary>
/// Turns what a user types into a PostgreSQL <c>tsquery</c> text that cannot fail to parse, with the meaning the
/// SQLite store gives it (README, "Search"): every word and "quoted phrase" required; <c>-word</c> excludes;
/// a trailing <c>*</c> on a word searches by prefix. Only runs of letters and digits reach the query, each quoted,
/// so <c>&amp;</c>, <c>|</c>, <c>!</c>, <c>:</c> and parentheses in the input are never operators; a word or phrase
/// of several runs (<c>covid-19</c>) becomes a phrase of them (<c>&lt;-&gt;</c>), as FTS5 splits it.
/// </summary>
internal static class TsQuery
{
    /// <summary>The tsquery text (for <c>to_tsquery</c>), or null when the query names nothing to look for.</summary>
    public static string? Build(string query)
    {
        var include = new List<string>();
        var exclude = new List<string>();
        foreach (var t in SearchTerms.Parse(query))
        {
            if (Phrase(t.Text, t.Prefix) is { } phrase)
                (t.Exclude ? exclude : include).Add(phrase);
        }
        if (include.Count == 0)
            return null;
        var sb = new StringBuilder(string.Join(" & ", include));
        foreach (var e in exclude)
            sb.Append(" & !").Append(e);
        return sb.ToString();
    }

    /// <summary>The term's letter-and-digit runs, quoted, joined as a phrase; the last one a prefix when asked.</summary>
    private static string? Phrase(string term, bool prefix)
    {
        var words = new List<string>();
        int i = 0;
        while (i < term.Length)
        {
            if (!char.IsLetterOrDigit(term[i]))
            {
                i++;
                continue;
            }
            int start = i;
            while (i < term.Length && char.IsLetterOrDigit(term[i]))
                i++;
            words.Add("'" + term[start..i] + "'");
        }
        if (words.Count == 0)
            return null;
        if (prefix)
            words[^1] += ":*";
        return words.Count == 1 ? words[0] : "(" + string.Join(" <-> ", words) + ")";
    }
}
