namespace Parallax.Comparison.Quotes;

/// <summary>Thresholds of quote alignment, calibrated with <c>parallax eval alignment</c> (docs/comparison.md).</summary>
internal sealed record QuoteAlignmentOptions
{
    /// <summary>Two quotes of two articles join one group when their similarity reaches this.</summary>
    public double Threshold { get; init; } = 0.55;

    /// <summary>Fewest matched content words for a pair, unless the texts are near-identical by trigrams.</summary>
    public double MinMatches { get; init; } = 2;

    /// <summary>Trigram Jaccard above which two quotes are the same wording whatever else.</summary>
    public double SameWording { get; init; } = 0.6;

    /// <summary>
    /// Consecutive identical words that make two quotes one statement verbatim: then differing speaker
    /// names ("the company" / "Facebook", or an attribution error in one outlet) do not keep them apart.
    /// </summary>
    public int VerbatimRun { get; init; } = 6;

    /// <summary>
    /// Fewest words of a partial quote lying word for word inside a fuller one ("absolutely the government's
    /// business" within the whole sentence) for the two to be one statement...
    /// </summary>
    public int MinFragmentWords { get; init; } = 3;

    /// <summary>...or fewest content words ("premature push"); a lone word ("robust") is no evidence.</summary>
    public int MinFragmentContentWords { get; init; } = 2;

    /// <summary>Fewest words of a partial quote ("an insult", one content word) inside a quote of the same speaker.</summary>
    public int MinSameSpeakerFragmentWords { get; init; } = 2;

    /// <summary>
    /// Score two different wordings must reach, before the speaker factor, when the analysis gives two different
    /// speakers: then only a strong match says the statement is one (and one attribution wrong).
    /// </summary>
    public double StrongWording { get; init; } = 0.8;

    /// <summary>Trigram Jaccard that makes two quotes of different named speakers the same wording (not a piece of it).</summary>
    public double StrongTrigram { get; init; } = 0.8;

    /// <summary>Long content words a quote needs to be told from a stock phrase, when two different names speak it...</summary>
    public int MinDistinctiveWords { get; init; } = 2;

    /// <summary>...each of at least this many letters ("integrity", not "give").</summary>
    public int MinDistinctiveLength { get; init; } = 5;

    /// <summary>Fewest matched content words for <see cref="StrongWording"/>.</summary>
    public double MinStrongMatches { get; init; } = 3;

    /// <summary>Factor on the score of two wordings when only one of them is negated: the same content words said one way and the other are two statements ("will close the library" / "will not close the library").</summary>
    public double NegationMismatchFactor { get; init; } = 0.5;

    /// <summary>Factor on the score when only one of the two quotes has a speaker, or the two name different ones.</summary>
    public double UnknownSpeakerFactor { get; init; } = 0.85;

    /// <summary>Weight of containment (short quote inside a longer one) against Dice overlap.</summary>
    public double ContainmentWeight { get; init; } = 0.8;

    public static QuoteAlignmentOptions Default { get; } = new();
}
