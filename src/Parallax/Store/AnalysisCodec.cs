using System.Text.Json;
using System.Text.Json.Serialization;
using Parallax.Analysis;
using Parallax.Model;

namespace Parallax.Store;

/// <summary>
/// The stored form of an article and its analysis: the article's fields as one JSON document and the span
/// layers as another, so that a story's report is built from what was analysed at ingest, without
/// analysing again. <see cref="Version"/> changes when the layout does.
/// </summary>
public static class AnalysisCodec
{
    /// <summary>The layout version written with each row; bumped when the layout changes.</summary>
    public const int Version = 1;

    /// <summary>The article's fields (all but its text) as JSON.</summary>
    public static string EncodeArticle(Article a) => JsonSerializer.Serialize(new ArticleFields
    {
        Name = a.Id,
        Source = a.Source,
        Url = a.Url,
        Title = a.Title,
        Outlet = a.Outlet,
        Section = a.Section,
        Kind = a.Kind,
        Published = a.Published?.ToIso(),
        Authors = a.Authors.Count == 0 ? null : a.Authors,
        Dateline = a.Dateline,
        DatelineRegion = a.DatelineRegion,
        Agency = a.Agency,
        Language = a.Language,
        Origins = a.Origins.Count == 0 ? null : a.Origins,
    }, StoreJsonContext.Default.ArticleFields);

    /// <summary>The analysis's span layers as JSON.</summary>
    public static string EncodeLayers(AnalyzedArticle a) => JsonSerializer.Serialize(new Layers
    {
        Reference = a.ReferenceDate?.ToIso(),
        Sentences = a.Sentences,
        Entities = a.Entities,
        Quotes = a.Quotes,
        Quantities = a.Quantities,
        Dates = a.Dates,
        Citations = a.Citations,
    }, StoreJsonContext.Default.Layers);

    /// <summary>Rebuilds the analysed article; <paramref name="id"/> becomes its <see cref="Article.Id"/> (the store's key, not the file name it came from).</summary>
    public static AnalyzedArticle Decode(string id, string articleJson, string text, string layersJson)
    {
        var f = JsonSerializer.Deserialize(articleJson, StoreJsonContext.Default.ArticleFields)
            ?? throw new JsonException("article fields are null");
        var article = new Article
        {
            Id = id,
            Source = f.Source,
            Text = text,
            Url = f.Url,
            Title = f.Title,
            Outlet = f.Outlet,
            Section = f.Section,
            Kind = f.Kind,
            Published = ParseDate(f.Published),
            Authors = f.Authors ?? [],
            Dateline = f.Dateline,
            DatelineRegion = f.DatelineRegion,
            Agency = f.Agency,
            Language = f.Language,
            Origins = f.Origins ?? new Dictionary<string, string>(),
        };
        var l = JsonSerializer.Deserialize(layersJson, StoreJsonContext.Default.Layers)
            ?? throw new JsonException("analysis layers are null");
        // Tokens are not stored: nothing reads them after analysis, and they are cheap to make again.
        return new AnalyzedArticle(article).WithReferenceDate(ParseDate(l.Reference))
            .WithOwned(Analysis.Layers.Sentences, l.Sentences ?? Analysis.Sentences.SentenceSplitter.Split(text))
            .WithOwned(Analysis.Layers.Entities, l.Entities ?? [])
            .WithOwned(Analysis.Layers.Quotes, l.Quotes ?? [])
            .WithOwned(Analysis.Layers.Quantities, l.Quantities ?? [])
            .WithOwned(Analysis.Layers.Dates, l.Dates ?? [])
            .WithOwned(Analysis.Layers.Citations, l.Citations ?? []);
    }

    private static PublicationDate? ParseDate(string? iso) => PublicationDate.TryParseIso(iso, out var d) ? d : null;

    internal sealed class ArticleFields
    {
        public string Name { get; set; } = "";
        public string Source { get; set; } = "";
        public string? Url { get; set; }
        public string? Title { get; set; }
        public string? Outlet { get; set; }
        public string? Section { get; set; }
        public string? Kind { get; set; }
        public string? Published { get; set; }
        public IReadOnlyList<string>? Authors { get; set; }
        public string? Dateline { get; set; }
        public string? DatelineRegion { get; set; }
        public string? Agency { get; set; }
        public string? Language { get; set; }
        public IReadOnlyDictionary<string, string>? Origins { get; set; }
    }

    internal sealed class Layers
    {
        public string? Reference { get; set; }
        public IReadOnlyList<TextSpan>? Sentences { get; set; }
        public IReadOnlyList<EntityMention>? Entities { get; set; }
        public IReadOnlyList<Quote>? Quotes { get; set; }
        public IReadOnlyList<Quantity>? Quantities { get; set; }
        public IReadOnlyList<TimeExpression>? Dates { get; set; }
        public IReadOnlyList<Citation>? Citations { get; set; }
    }
}

[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull, UseStringEnumConverter = true,
    IgnoreReadOnlyProperties = true)]
[JsonSerializable(typeof(AnalysisCodec.ArticleFields))]
[JsonSerializable(typeof(AnalysisCodec.Layers))]
internal sealed partial class StoreJsonContext : JsonSerializerContext;
