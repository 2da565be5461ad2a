using Parallax.Text;

namespace Parallax.Stories;

/// <summary>The TF-IDF vectors, time and SimHash fingerprint of one article, as story grouping compares them.</summary>
internal sealed record ArticleFeatures(SparseVector Title, SparseVector Lead, SparseVector Body, SparseVector Names, DateTime? Time)
{
    /// <summary>SimHash of the text's word shingles; 0 when the text is too short to have one.</summary>
    public ulong Fingerprint { get; init; }

    /// <summary>Who published the article (<see cref="StoryDocument.Outlet"/>); null when unknown.</summary>
    public string? Outlet { get; init; }

    internal void WriteTo(BinaryWriter w)
    {
        Title.WriteTo(w);
        Lead.WriteTo(w);
        Body.WriteTo(w);
        Names.WriteTo(w);
        StateIo.Write(w, Time);
        w.Write(Fingerprint);
        w.Write(Outlet ?? "");
    }

    internal static ArticleFeatures ReadFrom(BinaryReader r) =>
        new(SparseVector.ReadFrom(r), SparseVector.ReadFrom(r), SparseVector.ReadFrom(r), SparseVector.ReadFrom(r), StateIo.ReadTime(r))
        {
            Fingerprint = r.ReadUInt64(),
            Outlet = r.ReadString() is { Length: > 0 } outlet ? outlet : null,
        };
}

/// <summary>Raw term counts of an article before weighting (weights need the vocabulary's DF after the article is counted).</summary>
internal sealed class ArticleTerms
{
    public TermCounts Title { get; init; } = TermCounts.Empty;
    public TermCounts Lead { get; init; } = TermCounts.Empty;
    public TermCounts Body { get; init; } = TermCounts.Empty;

    /// <summary>Name terms: their ids never meet word ids (names carry a prefix in the vocabulary).</summary>
    public TermCounts Names { get; init; } = TermCounts.Empty;

    public DateTime? Time { get; init; }
    public ulong Fingerprint { get; init; }
    public string? Outlet { get; init; }
}

/// <summary>
/// Turns articles into term counts (stemmed content words of title, lead and body; canonical names of
/// entities) and counts into TF-IDF vectors.
/// </summary>
internal static class FeatureExtractor
{
    /// <summary>How many content words of the body count as its lead.</summary>
    public const int LeadWords = 60;

    /// <summary>Prefix that keeps name terms apart from word terms in the shared vocabulary.</summary>
    private const char NamePrefix = '#';

    /// <summary>Prefix of number terms (counted among the names: both are the specifics of one event).</summary>
    private const char NumberPrefix = '%';

    private const int MaxWordLength = 40;

    public static ArticleTerms Count(StoryDocument doc, Vocabulary vocabulary)
    {
        var (all, lead, names) = (vocabulary.Counters.All, vocabulary.Counters.Lead, vocabulary.Counters.Names);
        Span<int> bits = stackalloc int[64];
        var simhash = new SimHashBuilder(bits);
        var title = TermCounts.Empty;
        if (doc.Title is { } titleText)
        {
            var none = SimHashBuilder.None;
            AddWords(titleText, vocabulary, all, null, ref none, names);
            title = all.Drain();
        }
        AddWords(doc.Text, vocabulary, all, lead, ref simhash, names);
        var body = all.Drain();
        var leadCounts = lead.Drain();
        if (doc.Names.Count > 0)
        {
            Span<char> buffer = stackalloc char[MaxWordLength * 2 + 2];
            foreach (var name in doc.Names)
            {
                if (name.Length == 0 || name.Length > MaxWordLength * 2)
                    continue;
                buffer[0] = NamePrefix;
                int len = name.AsSpan().ToLowerInvariant(buffer[1..]);
                names.Add(vocabulary.Id(buffer[..(len + 1)]));
            }
        }
        else
        {
            AddCapitalisedNames(doc.Text, vocabulary, names);
        }
        return new ArticleTerms
        {
            Title = title,
            Lead = leadCounts,
            Body = body,
            Names = names.Drain(),
            Time = doc.Time,
            Fingerprint = simhash.Fingerprint(),
            Outlet = doc.Outlet,
        };
    }

    public static ArticleFeatures Weigh(ArticleTerms terms, Vocabulary vocabulary) => new(
        Vector(terms.Title, vocabulary), Vector(terms.Lead, vocabulary), Vector(terms.Body, vocabulary), Vector(terms.Names, vocabulary), terms.Time)
    {
        Fingerprint = terms.Fingerprint,
        Outlet = terms.Outlet,
    };

    /// <summary>SimHash of the text's lower-cased word shingles (every word counts: copies keep their stop words too).</summary>
    public static ulong Fingerprint(string text)
    {
        Span<int> bits = stackalloc int[64];
        Span<char> lower = stackalloc char[MaxWordLength];
        var builder = new SimHashBuilder(bits);
        foreach (var span in WordTokenizer.Words(text))
        {
            if (span.Length > MaxWordLength)
                continue;
            int len = text.AsSpan(span.Start, span.Length).ToLowerInvariant(lower);
            builder.AddWord(lower[..len]);
        }
        return builder.Fingerprint();
    }

    private static SparseVector Vector(TermCounts counts, Vocabulary vocabulary)
    {
        if (counts.Count == 0)
            return SparseVector.Empty;
        var weights = new float[counts.Count];
        for (int i = 0; i < weights.Length; i++)
        {
            int tf = counts.Counts[i];
            weights[i] = (tf == 1 ? 1f : (float)(1 + Math.Log(tf))) * vocabulary.Idf(counts.Ids[i]);
        }
        // The ids are shared with the counts: neither changes once built.
        return SparseVector.Normalised(counts.Ids, weights);
    }

    /// <summary>
    /// Counts the content words of <paramref name="text"/>, and its numbers among the <paramref name="names"/>: both are
    /// the specifics of one event (the score, the magnitude, the toll, the year) that tell it from another event of
    /// the same kind, whose words it shares. Every word (stop words too) feeds the fingerprint.
    /// </summary>
    private static void AddWords(string text, Vocabulary vocabulary, TermCounter all, TermCounter? lead, ref SimHashBuilder simhash, TermCounter names)
    {
        Span<char> lower = stackalloc char[MaxWordLength];
        Span<char> number = stackalloc char[MaxWordLength + 1];
        int n = 0;
        foreach (var span in WordTokenizer.Words(text))
        {
            var word = text.AsSpan(span.Start, span.Length);
            if (word.Length > MaxWordLength)
                continue;
            int len = word.ToLowerInvariant(lower);
            var w = lower[..len];
            simhash.AddWord(w);
            if (char.IsDigit(word[0]))
            {
                number[0] = NumberPrefix;
                w.CopyTo(number[1..]);
                names.Add(vocabulary.Id(number[..(len + 1)]));
                continue;
            }
            if (word.Length < 2 || !char.IsLetter(word[0]))
                continue;
            int id = vocabulary.ContentWordId(w);
            if (id < 0)
                continue;
            all.Add(id);
            if (lead is not null && n++ < LeadWords)
                lead.Add(id);
        }
    }

    /// <summary>Without an entity layer: capitalised words not opening a sentence stand in for names.</summary>
    private static void AddCapitalisedNames(string text, Vocabulary vocabulary, TermCounter names)
    {
        Span<char> buffer = stackalloc char[MaxWordLength + 2];
        foreach (var span in WordTokenizer.Words(text))
        {
            var word = text.AsSpan(span.Start, span.Length);
            if (word.Length < 3 || word.Length > MaxWordLength || !char.IsUpper(word[0]) || OpensSentence(text, span.Start))
                continue;
            buffer[0] = NamePrefix;
            int len = word.ToLowerInvariant(buffer[1..]);
            var lowered = buffer[1..(len + 1)];
            if (StopWords.Contains(lowered))
                continue;
            names.Add(vocabulary.Id(buffer[..(len + 1)]));
        }
    }

    private static bool OpensSentence(string text, int start)
    {
        for (int i = start - 1; i >= 0; i--)
        {
            char c = text[i];
            if (char.IsWhiteSpace(c) || c is '"' or '\u201C' or '\u2018' or '(' or '\'')
                continue;
            return c is '.' or '!' or '?' or ':' or '\n';
        }
        return true;
    }
}
