namespace Parallax.Comparison.Report;

/// <summary>The whole report of <c>parallax compare</c>: the articles and the stories they form (contract v1).</summary>
public sealed record ComparisonReport
{
    /// <summary>The contract version (docs/report-format.md in shared); 1.</summary>
    public int Version { get; init; } = 1;

    /// <summary>Every article compared, with its text and analysis.</summary>
    public required IReadOnlyList<ReportArticle> Articles { get; init; }

    /// <summary>The stories the articles form; each article is in exactly one.</summary>
    public required IReadOnlyList<ReportStory> Stories { get; init; }
}

/// <summary>One story: its articles and what their coverage agrees and disagrees on.</summary>
public sealed record ReportStory
{
    /// <summary>The story's id (<c>s1</c>): numbered in the report, or the store's stable id.</summary>
    public required string Id { get; init; }

    /// <summary>A title for the story, taken from its articles' titles.</summary>
    public string? Title { get; init; }

    /// <summary>The ids of the story's articles (<see cref="ReportArticle.Id"/>).</summary>
    public required IReadOnlyList<string> Articles { get; init; }

    /// <summary>Every quote of the story's articles is in exactly one group; a one-article group is that article's exclusive.</summary>
    public IReadOnlyList<ReportQuoteGroup> Quotes { get; init; } = [];

    /// <summary>Figures about the same thing, grouped across articles, each group with its verdict.</summary>
    public IReadOnlyList<ReportFigureGroup> Figures { get; init; } = [];

    /// <summary>Loaded terms per family, counted per article (article id to counts in <see cref="ReportFraming.Terms"/> order).</summary>
    public IReadOnlyList<ReportFraming> Framing { get; init; } = [];

    /// <summary>Per article: the people and sentences no other article of the story has.</summary>
    public IReadOnlyList<ReportExclusives> Exclusives { get; init; } = [];
}

/// <summary>One family of loaded terms and how often each article uses them.</summary>
/// <param name="Family">The family's name.</param>
/// <param name="Terms">The terms of the family found in the story.</param>
/// <param name="Counts">Per article id, the count of each term, in <paramref name="Terms"/> order.</param>
public sealed record ReportFraming(string Family, IReadOnlyList<string> Terms, IReadOnlyDictionary<string, IReadOnlyList<int>> Counts);

/// <summary>What only one article of the story reports.</summary>
/// <param name="Article">The article's id.</param>
/// <param name="People">People named in it and in no other article of the story.</param>
/// <param name="Sentences">Its sentences that no other article's sentences cover.</param>
public sealed record ReportExclusives(string Article, IReadOnlyList<string> People, IReadOnlyList<ReportSentence> Sentences);

/// <summary>A sentence of an article.</summary>
/// <param name="Text">The sentence's text.</param>
/// <param name="Span">Its <c>[start, end)</c> in the article's text.</param>
public sealed record ReportSentence(string Text, int[] Span);

/// <summary>Quotes of one statement as several articles carry it.</summary>
/// <param name="Speaker">The speaker's canonical name, when known.</param>
/// <param name="Members">The quotes' ids (<see cref="ReportQuote.Id"/>).</param>
public sealed record ReportQuoteGroup(string? Speaker, IReadOnlyList<string> Members);

/// <summary>Figures of several articles about the same thing.</summary>
/// <param name="About">What the figures count or measure (a unit and the words around them).</param>
/// <param name="Members">The quantities' ids (<see cref="ReportQuantity.Id"/>).</param>
/// <param name="Agree">Whether the figures agree.</param>
public sealed record ReportFigureGroup(string About, IReadOnlyList<string> Members, bool Agree)
{
    /// <summary>Why the figures disagree, as written ("119,000 vs 34,000 evacuated"); null when they agree.</summary>
    public string? Why { get; init; }

    /// <summary>
    /// Members that are an article's earlier report of the count, since updated in the same article ("the monitor had
    /// earlier reported 12 dead"): shown beside the count, left out of <see cref="Agree"/>. Not written when none.
    /// </summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<string>? Earlier { get; init; }
}
