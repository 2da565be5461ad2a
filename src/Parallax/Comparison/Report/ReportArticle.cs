using System.Text.Json.Serialization;

namespace Parallax.Comparison.Report;

/// <summary>
/// An article as the report (contract v1, docs/report-format.md in shared) and the JSONL commands write it.
/// The analysis lists are null for <c>extract</c>, which omits them.
/// </summary>
public sealed record ReportArticle
{
    /// <summary>The article's id, unique in the report.</summary>
    public required string Id { get; init; }
    /// <summary>The path or URL it was read from.</summary>
    public required string Source { get; init; }
    /// <summary>The headline.</summary>
    public string? Title { get; init; }
    /// <summary>The outlet.</summary>
    public string? Outlet { get; init; }
    /// <summary>The publication date, ISO 8601, with the precision the source gave.</summary>
    public string? Published { get; init; }
    /// <summary>The authors' names.</summary>
    public IReadOnlyList<string> Authors { get; init; } = [];
    /// <summary>The dateline's place.</summary>
    public string? Dateline { get; init; }
    /// <summary>The clean text every span indexes into.</summary>
    public required string Text { get; init; }

    /// <summary>The region or country written after the dateline's city (an added field; <c>dateline</c> is the city).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public string? DatelineRegion { get; init; }
    /// <summary>The news agency the dateline credits, whether or not it is the outlet (an added field).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public string? Agency { get; init; }
    /// <summary>The canonical URL.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public string? Url { get; init; }
    /// <summary>A content label the source put before the title ("VIDEO", "LIVE").</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public string? Kind { get; init; }
    /// <summary>The outlet's section.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public string? Section { get; init; }
    /// <summary>The line of the JSONL file it came from.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public int? Line { get; init; }

    /// <summary>Which layer each metadata field came from (json-ld, opengraph, text-header, …).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public IReadOnlyDictionary<string, string>? Origins { get; init; }

    /// <summary>Quotes, direct and reported, with their speakers.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public IReadOnlyList<ReportQuote>? Quotes { get; init; }
    /// <summary>Quantities and what they count.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public IReadOnlyList<ReportQuantity>? Quantities { get; init; }
    /// <summary>Date and time expressions, resolved against the publication date.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public IReadOnlyList<ReportDate>? Dates { get; init; }
    /// <summary>People, organisations and places under their canonical names.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public IReadOnlyList<ReportEntity>? Entities { get; init; }
    /// <summary>The outlets and agencies the article cites.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public IReadOnlyList<ReportCitation>? Citations { get; init; }
}

/// <summary>A quote.</summary>
/// <param name="Id">Its id, unique in the report.</param>
/// <param name="Text">The quoted words.</param>
/// <param name="Span">Their <c>[start, end)</c> in the article's text.</param>
/// <param name="Direct">True for words in quotation marks, false for reported speech.</param>
/// <param name="Speaker">The speaker's canonical name, when found.</param>
/// <param name="SpeakerSpan">Where the speaker is named, when found.</param>
public sealed record ReportQuote(string Id, string Text, int[] Span, bool Direct, string? Speaker, int[]? SpeakerSpan)
{
    /// <summary>The kind of source the speaker is (person, organization, document, poll), when known.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public string? SourceKind { get; init; }

    /// <summary>The id of the first piece of the statement this quote is a piece of, when a statement is split around its attribution.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public string? Group { get; init; }
}

/// <summary>A quantity.</summary>
/// <param name="Id">Its id, unique in the report.</param>
/// <param name="Value">Its value (the lower end of a range).</param>
/// <param name="Unit">What it counts or measures, when known.</param>
/// <param name="Text">Its words in the article.</param>
/// <param name="Span">Their <c>[start, end)</c> in the article's text.</param>
public sealed record ReportQuantity(string Id, double Value, string? Unit, string Text, int[] Span)
{
    /// <summary>The upper end of a range, when the quantity is one.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public double? High { get; init; }
    /// <summary>How the figure is hedged ("about", "at least"), when it is.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public string? Approximation { get; init; }
}

/// <summary>A date or time expression.</summary>
/// <param name="Text">Its words in the article.</param>
/// <param name="Value">Its TimeML value (<c>2016-12-23</c>), when it resolves.</param>
/// <param name="Span">Its <c>[start, end)</c> in the article's text.</param>
public sealed record ReportDate(string Text, string? Value, int[] Span)
{
    /// <summary>The TimeML type in lower case: <c>date</c>, <c>time</c>, <c>duration</c> or <c>set</c>.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public string? Type { get; init; }
}

/// <summary>An entity mention.</summary>
/// <param name="Text">Its words in the article.</param>
/// <param name="Name">The canonical name it goes by across the story.</param>
/// <param name="Type"><c>person</c>, <c>organization</c>, <c>place</c> or <c>other</c>.</param>
/// <param name="Span">Its <c>[start, end)</c> in the article's text.</param>
public sealed record ReportEntity(string Text, string Name, string Type, int[] Span)
{
    /// <summary>A role the article gives the referent ("defense minister"), when it gives one.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public string? Role { get; init; }
}

/// <summary>A source the article cites.</summary>
/// <param name="Outlet">The cited outlet or agency.</param>
/// <param name="Span">Where it is named.</param>
public sealed record ReportCitation(string Outlet, int[] Span);
