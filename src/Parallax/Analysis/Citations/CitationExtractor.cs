using Parallax.Analysis.Tokens;
using Parallax.Analysis.Quotes;
using Parallax.Model;

namespace Parallax.Analysis.Citations;

/// <summary>
/// Outlets and agencies the article names as its source. An outlet mention (a <see cref="KnownOutlets"/> alias,
/// or an unknown capitalised name holding an outlet word such as "News" or "Times") is a citation only in a
/// citing shape: "Reuters reported", "the Associated Press said", "told AFP", "according to SANA", "quoted by TASS",
/// a wire credit "(Reuters) -" or a closing "-- REUTERS". Unknown names need the strong shapes ("… reports",
/// "broadcaster X said"). A dateline such as "Moscow, SANA –" names the article's own outlet and is no citation.
/// </summary>
public sealed class CitationExtractor : IAnalysisComponent
{
    /// <summary>Longest outlet name read, in words ("The Wall Street Journal").</summary>
    public const int MaxOutletWords = 5;

    private static readonly int[] AliasLengths = KnownOutlets.Aliases.Keys.Select(a => a.Split(' ').Length).Distinct().OrderDescending().ToArray();

    /// <inheritdoc />
    public string Name => "citations";

    /// <inheritdoc />
    public IReadOnlyList<Layer> Requires { get; } = [Layers.Tokens];

    /// <inheritdoc />
    public IReadOnlyList<Layer> Assigns { get; } = [Layers.Citations];

    /// <inheritdoc />
    public void Process(AnalysisContext context) => context.Set(Layers.Citations, Extract(context.Text, context.Get(Layers.Tokens)));

    /// <summary>The citations of a bare text (tokenized here); for callers outside the pipeline.</summary>
    internal static List<Citation> Extract(string text) => Extract(text, Tokenizer.Tokenize(text));

    internal static List<Citation> Extract(string text, IReadOnlyList<Token> tokenLayer)
    {
        var tokens = tokenLayer as List<Token> ?? [.. tokenLayer]; // indexed in the inner loop: List<T>, not an interface call
        var reader = new PhraseReader(text, tokens);
        var result = new List<Citation>();
        int i = 0;
        while (i < tokens.Count)
        {
            if (!reader.IsCapitalised(i))
            {
                i++;
                continue;
            }
            var (start, end, outlet, known) = MatchOutlet(reader, i);
            if (end >= 0 && Cites(text, reader, start, end, known))
            {
                result.Add(new Citation(new TextSpan(tokens[start].Start, tokens[end].End), outlet!));
                i = end + 1;
            }
            else
                i++; // a known name may start inside an unknown run: "The Syrian Arab News Agency"

        }
        return result;
    }

    /// <summary>The outlet starting at token <paramref name="i"/>: its last token, canonical name and whether it is known; end -1 when none.</summary>
    private static (int Start, int End, string? Outlet, bool Known) MatchOutlet(PhraseReader reader, int i)
    {
        var tokens = reader.Tokens;
        for (int s = i; s <= i + 1 && s < tokens.Count; s++)
        {
            if (s > i && reader.Word(i) != "The")
                break;
            foreach (int n in AliasLengths)
            {
                if (s + n > tokens.Count || !AllWords(reader, s, n))
                    continue;
                if (KnownOutlets.Aliases.TryGetValue(Join(reader, s, n), out var canonical))
                    return (s, s + n - 1, canonical, true);
            }
        }
        // An unknown name holding an outlet word: "The Daily Planet", "Kyiv Independent News".
        int e = i;
        bool outletWord = false;
        while (e < tokens.Count && e - i < MaxOutletWords && reader.IsCapitalised(e))
        {
            outletWord |= KnownOutlets.OutletWords.Contains(reader.Word(e));
            e++;
        }
        bool kindBefore = KindBefore(reader, i);
        if (!outletWord && !kindBefore)
            return (-1, -1, null, false);
        int start = reader.Word(i) is "The" ? i + 1 : i;
        // A lone outlet word is no name ("regime TV reported"); a known name inside the run wins ("Turkey's Anadolu Agency").
        if (start >= e || (e - start == 1 && !kindBefore))
            return (-1, -1, null, false);
        for (int k = start + 1; k < e; k++)
            if (KnownOutlets.Aliases.ContainsKey(reader.Word(k)) || (k + 1 < e && KnownOutlets.Aliases.ContainsKey(Join(reader, k, 2))))
                return (-1, -1, null, false);
        return (start, e - 1, Join(reader, start, e - start), false);
    }

    private static bool Cites(string text, PhraseReader reader, int start, int end, bool known)
    {
        var tokens = reader.Tokens;
        int after = end + 1;
        // "Reuters reported", "Reuters has reported", "the Associated Press said"
        int v = after;
        if (reader.IsWord(v) && reader.Word(v) is "has" or "have" or "had" or "also" or "later" or "earlier")
            v++;
        if (reader.IsWord(v) && KnownOutlets.ReportVerbs.Contains(reader.Word(v)))
        {
            bool strong = reader.Word(v) is "reports" or "reported" or "reporting";
            if (known || strong || KindBefore(reader, start))
                return true;
        }
        int b = start - 1;
        if (reader.IsWord(b) && reader.Word(b) is "the" or "The")
            b--;
        // "told broadcaster Radio Kilimanjaro", "according to state news agency SANA"
        // … and a possessive: "told Turkey's Anadolu Agency"
        while (reader.IsWord(b) && b > start - 4 && (KnownOutlets.OutletKinds.Contains(reader.Word(b)) || reader.Word(b) is "news" or "state" or "official" or "the"
                   || reader.Word(b).EndsWith("'s", StringComparison.Ordinal) || reader.Word(b).EndsWith("’s", StringComparison.Ordinal)))
            b--;
        if (reader.IsWord(b))
        {
            var w = reader.Word(b);
            if (w is "told" or "tells" or "telling" or "citing")
                return true;
            if (w == "to" && reader.IsWord(b - 1) && reader.Word(b - 1).Equals("according", StringComparison.OrdinalIgnoreCase))
                return true;
            if (w == "by" && reader.IsWord(b - 1) && reader.Word(b - 1) is "quoted" or "cited" or "reported" or "obtained" or "published")
                return true;
        }
        if (!known)
            return false;
        // Wire credit "(Reuters) -" at a paragraph's start.
        if (reader.IsPunct(start - 1, '(') && reader.IsPunct(after, ')') && after + 1 < tokens.Count && !tokens[after + 1].IsWord
            && text[tokens[after + 1].Start] is '-' or '—' or '–')
            return true;
        // Closing credit "-- REUTERS" / "— AFP" ending its paragraph.
        if (start > 0 && !tokens[start - 1].IsWord && text[tokens[start - 1].Start] is '-' or '—' or '–' && EndsParagraph(text, tokens[end].End))
            return true;
        return false;
    }

    /// <summary>An outlet kind right before the name: "broadcaster NHK", "news agency Sana" ("agency" alone may be a UN agency).</summary>
    private static bool KindBefore(PhraseReader reader, int i)
    {
        if (i <= 0 || !reader.IsWord(i - 1) || !KnownOutlets.OutletKinds.Contains(reader.Word(i - 1)))
            return false;
        return !reader.Word(i - 1).Equals("agency", StringComparison.OrdinalIgnoreCase)
            || (reader.IsWord(i - 2) && reader.Word(i - 2) is "news" or "press" or "News" or "Press");
    }

    private static bool EndsParagraph(string text, int position)
    {
        for (int k = position; k < text.Length; k++)
        {
            if (text[k] == '\n')
                return true;
            if (!char.IsWhiteSpace(text[k]) && text[k] is not '.')
                return false;
        }
        return true;
    }

    private static bool AllWords(PhraseReader reader, int i, int n)
    {
        for (int k = i; k < i + n; k++)
            if (!reader.IsWord(k))
                return false;
        return true;
    }

    private static string Join(PhraseReader reader, int i, int n) =>
        n == 1 ? reader.Word(i) : string.Join(' ', Enumerable.Range(i, n).Select(reader.Word));
}
