using Parallax.Extraction.Html;
using Parallax.Extraction.PlainText;
using Parallax.Model;

namespace Parallax.Extraction;

/// <summary>
/// The extraction stage: a <see cref="RawDocument"/> in, an <see cref="Article"/> out. Plain text goes
/// to <see cref="PlainTextArticleParser"/>, HTML to <see cref="HtmlArticleExtractor"/>; fields a JSONL
/// line gave win over extracted ones, and a given <c>text</c> is kept exactly as it is.
/// Thread-safe: one instance serves a whole run.
/// </summary>
public sealed class ArticleExtractor
{
    private readonly PlainTextArticleParser _plainText = new();
    private readonly HtmlArticleExtractor _html = new();

    /// <summary>Extracts one document; <paramref name="id"/> overrides the id derived from its source.</summary>
    public Article Extract(RawDocument document, string? id = null)
    {
        var given = document.Given;
        ExtractedFields fields;
        if (given is { TextIsClean: true })
        {
            fields = new ExtractedFields { Text = document.Content };
        }
        else if (document.Format == DocumentFormat.Html)
        {
            fields = _html.Extract(document.Content, given?.Url);
        }
        else
        {
            fields = _plainText.Parse(document.Content);
        }

        if (given is not null)
            ApplyGiven(fields, given);

        return new Article
        {
            Id = id ?? given?.Id ?? ArticleIds.FromSource(document.Source, document.Line),
            Source = document.Source,
            Text = fields.Text,
            Url = fields.Url,
            Title = fields.Title,
            Outlet = fields.Outlet,
            Section = fields.Section,
            Kind = fields.Kind,
            Published = fields.Published,
            Authors = fields.Authors,
            Dateline = fields.Dateline,
            DatelineRegion = fields.DatelineRegion,
            Agency = fields.Agency,
            Language = fields.Language,
            Origins = fields.Origins,
        };
    }

    private static void ApplyGiven(ExtractedFields fields, GivenFields given)
    {
        if (!string.IsNullOrWhiteSpace(given.Title))
            fields.Override(nameof(Article.Title), given.Title, FieldOrigin.Given);
        if (!string.IsNullOrWhiteSpace(given.Outlet))
            fields.Override(nameof(Article.Outlet), given.Outlet, FieldOrigin.Given);
        if (!string.IsNullOrWhiteSpace(given.Url))
            fields.Override(nameof(Article.Url), given.Url, FieldOrigin.Given);
        if (PublicationDate.TryParseIso(given.Published, out var published))
            fields.OverridePublished(published, FieldOrigin.Given);
        if (given.Authors is { Count: > 0 } authors)
            fields.OverrideAuthors(authors, FieldOrigin.Given);
    }
}
