using Parallax.Analysis.Tokens;
using Parallax.Model;

namespace Parallax.Analysis.Quotes;

/// <summary>
/// Reported (indirect) speech in sentences without a direct quote, as <c>Direct=false</c> quotes whose span is
/// the reported content: "X said (that) …", "X told Reuters (that) …", "X stressed the need …",
/// "…, X said." and "…, according to X." / "According to X, …".
/// </summary>
internal static class ReportedSpeechFinder
{
    /// <summary>Shortest reported content, in words.</summary>
    public const int MinContentWords = 3;

    /// <summary>How far into a sentence the speaker of "X said that …" may start, in tokens.</summary>
    public const int MaxSubjectOffset = 14;

    /// <summary>Most words after the attribution of "…, X said on Friday." that may close the sentence.</summary>
    public const int MaxTrailingWords = 5;

    public static List<Quote> Find(string text, List<TextSpan> sentences, PhraseReader reader, AttributionFinder finder,
        SpeakerResolver resolver, List<TextSpan> quoted)
    {
        var result = new List<Quote>();
        var marks = Union(quoted);
        foreach (var sentence in sentences)
        {
            if (OverlapsAny(marks, sentence))
                continue;
            var found = FindIn(text, sentence, reader, finder);
            if (found is null)
                continue;
            var (content, attribution) = found.Value;
            content = Trim(text, content);
            if (content.Length == 0 || QuoteExtractor.WordCount(text, content) < MinContentWords)
                continue;
            var mention = resolver.Usable(attribution.Speaker);
            result.Add(new Quote(content, content.Of(text), false)
            {
                Speaker = mention is { } sp ? resolver.Resolve(sp) : null,
                SpeakerSpan = attribution.Speaker?.Span,
                CueSpan = attribution.Cue,
            });
        }
        return result;
    }

    /// <summary>The union of <paramref name="spans"/> as disjoint spans in order, for a binary search per sentence instead of a scan of every quote.</summary>
    private static List<TextSpan> Union(List<TextSpan> spans)
    {
        var sorted = spans.OrderBy(s => s.Start).ToList();
        var merged = new List<TextSpan>(sorted.Count);
        foreach (var s in sorted)
        {
            if (merged.Count > 0 && s.Start <= merged[^1].End)
                merged[^1] = new TextSpan(merged[^1].Start, Math.Max(merged[^1].End, s.End));
            else
                merged.Add(s);
        }
        return merged;
    }

    private static bool OverlapsAny(List<TextSpan> merged, TextSpan sentence)
    {
        // The first span ending after the sentence starts is the only candidate.
        int lo = 0, hi = merged.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (merged[mid].End <= sentence.Start)
                lo = mid + 1;
            else
                hi = mid;
        }
        return lo < merged.Count && merged[lo].Overlaps(sentence);
    }

    private static (TextSpan Content, Attribution Attribution)? FindIn(string text, TextSpan sentence, PhraseReader reader, AttributionFinder finder)
    {
        var tokens = reader.Tokens;
        int first = Tokenizer.FirstAtOrAfter(tokens, sentence.Start);
        int end = Tokenizer.FirstAtOrAfter(tokens, sentence.End);
        // "According to X, …" and "…, according to X."
        for (int k = first; k < end - 1; k++)
        {
            if (!reader.IsWord(k) || !reader.WordSpan(k).Equals("according", StringComparison.OrdinalIgnoreCase) || reader.Word(k + 1) != "to")
                continue;
            var who = reader.Forward(k + 2, sentence.End);
            if (who is null)
                return null;
            var cue = new TextSpan(tokens[k].Start, tokens[k + 1].End);
            var attribution = new Attribution(cue, who, CueForm.Finite);
            if (k == first)
            {
                int comma = NextComma(reader, k + 2, end);
                return comma < 0 ? null : (new TextSpan(tokens[comma].End, sentence.End), attribution);
            }
            if (reader.IsPunct(k - 1, ','))
                return (new TextSpan(sentence.Start, tokens[k - 1].Start), attribution);
            return null;
        }
        // "…, X said." at the end of the sentence
        for (int k = end - 1; k > first; k--)
        {
            if (!reader.IsPunct(k, ','))
                continue;
            var after = finder.After(tokens[k].End, sentence.End);
            if (after is { Speaker: not null } a && WordsBetween(reader, Math.Max(a.Cue.End, a.Speaker.Value.Span.End), sentence.End) <= MaxTrailingWords)
                return (new TextSpan(sentence.Start, tokens[k].Start), a);
            break;
        }
        // "X said (that) …", "X told Reuters that …", "X stressed the need …"
        for (int k = first; k < end && k - first <= MaxSubjectOffset; k++)
        {
            if (!reader.IsCue(k, out var form) || form != CueForm.Finite)
                continue;
            var subject = reader.Backward(k, first, out bool prepositional);
            if (subject is null || prepositional)
                return null;
            var attribution = new Attribution(tokens[k].Span, subject, form);
            int c = k + 1;
            var verb = reader.Word(k);
            if (verb is "told" or "tells" or "informed" or "briefed")
            {
                int that = FindThat(reader, c, end);
                if (that >= 0)
                    return (new TextSpan(tokens[that].End, sentence.End), attribution);
                var obj = reader.Forward(c, sentence.End);
                if (obj is null)
                    return null;
                c = Tokenizer.FirstAtOrAfter(tokens, obj.Value.Span.End);
                return c < end ? (new TextSpan(tokens[c].Start, sentence.End), attribution) : null;
            }
            if (c < end && reader.IsWord(c) && reader.Word(c) == "that")
                return (new TextSpan(tokens[c].End, sentence.End), attribution);
            if (c < end && reader.IsPunct(c, ':'))
                return (new TextSpan(tokens[c].End, sentence.End), attribution);
            if (c < end && reader.IsWord(c) && (SpeechVerbs.TakeObjectContent.Contains(verb) || verb is "said" or "says" or "added" or "adds" or "warned" or "noted" or "argued" or "insisted" or "claimed" or "believes")
                && !NameLexicon.Prepositions.Contains(reader.Word(c)))
                return (new TextSpan(tokens[c].Start, sentence.End), attribution);
            return null;
        }
        return null;
    }

    private static int NextComma(PhraseReader reader, int from, int end)
    {
        for (int k = from; k < end; k++)
            if (reader.IsPunct(k, ','))
                return k;
        return -1;
    }

    private static int FindThat(PhraseReader reader, int from, int end)
    {
        for (int k = from; k < end && k < from + 8; k++)
            if (reader.IsWord(k) && reader.Word(k) == "that")
                return k;
        return -1;
    }

    private static int WordsBetween(PhraseReader reader, int start, int end)
    {
        int n = 0;
        for (int k = Tokenizer.FirstAtOrAfter(reader.Tokens, start); k < reader.Tokens.Count && reader.Tokens[k].Start < end; k++)
            if (reader.Tokens[k].IsWord)
                n++;
        return n;
    }

    /// <summary>Drops white space, the sentence's end punctuation and a leading comma from a content span.</summary>
    private static TextSpan Trim(string text, TextSpan span)
    {
        int s = span.Start, e = span.End;
        while (s < e && (char.IsWhiteSpace(text[s]) || text[s] == ','))
            s++;
        while (e > s && (char.IsWhiteSpace(text[e - 1]) || text[e - 1] is '.' or ',' or ';' or ':'))
            e--;
        return new TextSpan(s, e);
    }
}
