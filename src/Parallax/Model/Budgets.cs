namespace Parallax.Model;

/// <summary>
/// The bounds on the work one article may cost, in one place (docs/limits.md gives each one's reason and what
/// happens beyond it). Every value is far above what a real news article reaches, so normal output never
/// meets one; they exist so that a hostile or broken input (a 16 MiB page, a sentence of a million words,
/// thousands of unmatched quote marks) costs bounded time and memory instead of running away.
/// </summary>
internal static class Budgets
{
    /// <summary>Characters of clean text analysed per article; the rest is cut at the last paragraph break before it.</summary>
    public const int MaxArticleChars = 1024 * 1024;

    /// <summary>Characters per sentence: a longer stretch without a sentence end is cut into pieces of at most this size (at white space when there is some).</summary>
    public const int MaxSentenceChars = 1500;

    /// <summary>Quoted stretches per article that quote extraction attributes; the ones after it are not read as quotes.</summary>
    public const int MaxQuotedSpans = 2000;

    /// <summary>Person-name mentions per article that speaker resolution indexes (canonical names compare every pair); later names are not indexed.</summary>
    public const int MaxPersonMentions = 2000;

    /// <summary>Figures per article that the comparison groups; an article's later figures stay in its analysis but are not compared.</summary>
    public const int MaxComparedFigures = 500;

    /// <summary>
    /// Earlier mentions of one value in one article that a new mention is checked against before it joins them (one
    /// figure said again); past it, the first ones stand for the rest. Real articles repeat a figure a few times.
    /// </summary>
    public const int MaxMentionChecks = 16;

    /// <summary>Quotes per article that the comparison aligns; later ones stay in the analysis but are not aligned.</summary>
    public const int MaxComparedQuotes = 1000;

    /// <summary>Element nesting depth of an HTML page that extraction walks; deeper elements are read as text of their ancestor at this depth.</summary>
    public const int MaxHtmlDepth = 512;
}
