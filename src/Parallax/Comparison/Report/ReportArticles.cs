using Parallax.Analysis;
using Parallax.Model;

namespace Parallax.Comparison.Report;

/// <summary>Maps articles and their analyses to the report's records, numbering each fact under its article's id.</summary>
public static class ReportArticles
{
    /// <summary>The article as <c>extract</c> writes it: fields and text, no analysis.</summary>
    public static ReportArticle FromArticle(Article a, int? line = null) => new()
    {
        Id = a.Id,
        Source = a.Source,
        Title = a.Title,
        Outlet = a.Outlet,
        Published = a.Published?.ToIso(),
        Authors = a.Authors,
        Dateline = a.Dateline,
        DatelineRegion = a.DatelineRegion,
        Agency = a.Agency,
        Text = a.Text,
        Url = a.Url,
        Kind = a.Kind,
        Section = a.Section,
        Line = line,
        Origins = a.Origins.Count > 0 ? a.Origins.ToDictionary(kv => Snake(kv.Key), kv => kv.Value) : null,
    };

    /// <summary>The article with its analysis, each fact numbered under the article's id (<c>a1-q1</c>, ...).</summary>
    public static ReportArticle FromAnalysis(AnalyzedArticle x, int? line = null)
    {
        var id = x.Article.Id;
        return FromArticle(x.Article, line) with
        {
            Quotes = x.Quotes.Select((q, i) => new ReportQuote($"{id}.q{i + 1}", q.Text, Pair(q.Span), q.Direct, q.Speaker, q.SpeakerSpan is { } s ? Pair(s) : null)
            {
                SourceKind = q.SourceKind?.ToString().ToLowerInvariant(),
                Group = q.Group is { } g ? $"{id}.q{g + 1}" : null,
            }).ToList(),
            Quantities = x.Quantities.Select((n, i) => new ReportQuantity($"{id}.n{i + 1}", n.Value, Analysis.Quantities.UnitNames.Of(n.Unit), n.Text, Pair(n.Span)) { High = n.High, Approximation = n.Approximation }).ToList(),
            Dates = x.Dates.Select(d => new ReportDate(d.Text, d.Value, Pair(d.Span)) { Type = d.Type.ToString().ToLowerInvariant() }).ToList(),
            Entities = x.Entities.Select(e => new ReportEntity(e.Text, e.Name, e.Type.ToString().ToLowerInvariant(), Pair(e.Span)) { Role = e.Role }).ToList(),
            Citations = x.Citations.Select(c => new ReportCitation(c.Outlet, Pair(c.Span))).ToList(),
        };
    }

    private static int[] Pair(TextSpan s) => [s.Start, s.End];

    private static string Snake(string pascal) => System.Text.Json.JsonNamingPolicy.SnakeCaseLower.ConvertName(pascal);
}
