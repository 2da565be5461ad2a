namespace Parallax.Extraction.Metadata;

/// <summary>
/// Whether the page's visible or meta titles (<c>&lt;title&gt;</c>, <c>og:title</c>, the <c>&lt;h1&gt;</c>)
/// confirm a JSON-LD title: some of them holds it, it holds one of them, or it shares at least half of its
/// words with one. A JSON-LD "headline" that is really a description ("constitutional monarchy in
/// Oceania" on the page titled "New Zealand") is not confirmed.
/// </summary>
internal static class TitleWitness
{
    /// <summary>The share of the candidate's words a witness must hold.</summary>
    private const double MinSharedWords = 0.5;

    public static bool Confirms(IReadOnlyList<string> witnesses, string candidate)
    {
        if (witnesses.Count == 0)
            return true;
        var words = Words(candidate);
        if (words.Count == 0)
            return false;
        var folded = string.Join(' ', words);
        foreach (var w in witnesses)
        {
            var theirs = Words(w);
            if (theirs.Count == 0)
                continue;
            var foldedTheirs = string.Join(' ', theirs);
            if (foldedTheirs.Contains(folded, StringComparison.Ordinal) || folded.Contains(foldedTheirs, StringComparison.Ordinal))
                return true;
            var set = theirs.ToHashSet(StringComparer.Ordinal);
            if (words.Count(set.Contains) >= MinSharedWords * words.Count)
                return true;
        }
        return false;
    }

    /// <summary>Runs of letters and digits, lower-cased.</summary>
    private static List<string> Words(string text)
    {
        var words = new List<string>();
        int start = -1;
        for (int i = 0; i <= text.Length; i++)
        {
            bool inWord = i < text.Length && char.IsLetterOrDigit(text[i]);
            if (inWord && start < 0)
                start = i;
            else if (!inWord && start >= 0)
            {
                words.Add(text[start..i].ToLowerInvariant());
                start = -1;
            }
        }
        return words;
    }
}
