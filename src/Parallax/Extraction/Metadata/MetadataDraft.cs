using Parallax.Model;

namespace Parallax.Extraction.Metadata;

/// <summary>
/// One page's metadata while the layers run: the <see cref="ExtractedFields"/> they fill (first layer to
/// set a field wins) plus what is decided only at the end — the title (its site-name suffix is cut once
/// the outlet is known) and last-modified dates (used only when no layer found a publication date).
/// Created per page, so the extractor itself holds no per-call state.
/// </summary>
internal sealed class MetadataDraft(ExtractedFields fields, string? url, DateTime latest)
{
    public ExtractedFields Fields { get; } = fields;

    /// <summary>The page's URL as given (may be null).</summary>
    public string? Url { get; } = url;

    /// <summary>The newest moment a real publication date can have.</summary>
    public DateTime Latest { get; } = latest;

    public List<(string Title, string Origin)> Titles { get; } = [];

    public List<(PublicationDate Date, string Origin)> ModifiedDates { get; } = [];

    public bool HasPublished => Fields.Has(nameof(ExtractedFields.Published));

    public bool TrySetPublished(string? value, string origin) =>
        !HasPublished && DateParser.TryParseValue(value, Latest, out var date) && Fields.TrySetPublished(date, origin);

    public void AddModified(string? value, string origin)
    {
        if (DateParser.TryParseValue(value, Latest, out var date))
            ModifiedDates.Add((date, origin));
    }

    public void AddTitle(string? title, string origin)
    {
        var t = TextNormalizer.Collapse(title);
        if (t.Length > 0)
            Titles.Add((t, origin));
    }
}
