using System.Text.Json.Serialization;

namespace Parallax.Comparison.Report;

/// <summary>
/// An article as the report (contract v1, docs/report-format.md in shared) and the JSONL commands write it.
/// The analysis lists are null for <c>extract</c>, which omits them.
/// </summary>
public sealed record ReportArticle
{
    public required string Id { get; init; }
    public required string Source { get; init; }
    public string? Title { get; init; }
    public string? Outlet { get; init; }
    public string? Published { get; init; }
    public IReadOnlyList<string> Authors { get; init; } = [];
    public string? Dateline { get; init; }
    public required string Text { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public string? Url { get; init; }
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public string? Kind { get; init; }
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public string? Section { get; init; }
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public int? Line { get; init; }

    /// <summary>Which layer each metadata field came from (json-ld, opengraph, text-header, …).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public IReadOnlyDictionary<string, string>? Origins { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public IReadOnlyList<ReportQuote>? Quotes { get; init; }
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public IReadOnlyList<ReportQuantity>? Quantities { get; init; }
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public IReadOnlyList<ReportDate>? Dates { get; init; }
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public IReadOnlyList<ReportEntity>? Entities { get; init; }
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public IReadOnlyList<ReportCitation>? Citations { get; init; }
}

public sealed record ReportQuote(string Id, string Text, int[] Span, bool Direct, string? Speaker, int[]? SpeakerSpan);

public sealed record ReportQuantity(string Id, double Value, string? Unit, string Text, int[] Span)
{
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public double? High { get; init; }
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public string? Approximation { get; init; }
}

public sealed record ReportDate(string Text, string? Value, int[] Span)
{
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public string? Type { get; init; }
}

public sealed record ReportEntity(string Text, string Name, string Type, int[] Span)
{
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public string? Role { get; init; }
}

public sealed record ReportCitation(string Outlet, int[] Span);
