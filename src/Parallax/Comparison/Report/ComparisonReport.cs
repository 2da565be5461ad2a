namespace Parallax.Comparison.Report;

/// <summary>The whole report of <c>parallax compare</c>: the articles and the stories they form (contract v1).</summary>
public sealed record ComparisonReport
{
    public int Version { get; init; } = 1;
    public required IReadOnlyList<ReportArticle> Articles { get; init; }
    public required IReadOnlyList<ReportStory> Stories { get; init; }
}

public sealed record ReportStory
{
    public required string Id { get; init; }
    public string? Title { get; init; }
    public required IReadOnlyList<string> Articles { get; init; }

    /// <summary>Every quote of the story's articles is in exactly one group; a one-article group is that article's exclusive.</summary>
    public IReadOnlyList<ReportQuoteGroup> Quotes { get; init; } = [];

    public IReadOnlyList<ReportFigureGroup> Figures { get; init; } = [];

    /// <summary>Loaded terms per family, counted per article (article id to counts in <see cref="ReportFraming.Terms"/> order).</summary>
    public IReadOnlyList<ReportFraming> Framing { get; init; } = [];

    /// <summary>Per article: the people and sentences no other article of the story has.</summary>
    public IReadOnlyList<ReportExclusives> Exclusives { get; init; } = [];
}

public sealed record ReportFraming(string Family, IReadOnlyList<string> Terms, IReadOnlyDictionary<string, IReadOnlyList<int>> Counts);

public sealed record ReportExclusives(string Article, IReadOnlyList<string> People, IReadOnlyList<ReportSentence> Sentences);

public sealed record ReportSentence(string Text, int[] Span);

public sealed record ReportQuoteGroup(string? Speaker, IReadOnlyList<string> Members);

public sealed record ReportFigureGroup(string About, IReadOnlyList<string> Members, bool Agree);
