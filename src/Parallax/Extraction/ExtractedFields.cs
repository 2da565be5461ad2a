using Parallax.Model;

namespace Parallax.Extraction;

/// <summary>
/// What an extractor found, field by field, with the layer each came from. The first layer to set a
/// field wins (<c>TrySet</c>), so extractors run their layers from most to least trusted.
/// </summary>
internal sealed class ExtractedFields
{
    public string Text { get; set; } = "";
    public string? Title { get; private set; }
    public string? Kind { get; private set; }
    public string? Outlet { get; private set; }
    public string? Section { get; private set; }
    public string? Url { get; private set; }
    public string? Dateline { get; private set; }
    public string? DatelineRegion { get; private set; }
    public string? Agency { get; private set; }
    public string? Language { get; private set; }
    public PublicationDate? Published { get; private set; }
    public IReadOnlyList<string> Authors { get; private set; } = [];

    public Dictionary<string, string> Origins { get; } = new(StringComparer.Ordinal);

    public bool Has(string field) => Origins.ContainsKey(field);

    public bool TrySetTitle(string? value, string origin) => TrySet(nameof(Title), value, origin, v => Title = v);
    public bool TrySetKind(string? value, string origin) => TrySet(nameof(Kind), value, origin, v => Kind = v);
    public bool TrySetOutlet(string? value, string origin) => TrySet(nameof(Outlet), value, origin, v => Outlet = v);
    public bool TrySetSection(string? value, string origin) => TrySet(nameof(Section), value, origin, v => Section = v);
    public bool TrySetUrl(string? value, string origin) => TrySet(nameof(Url), value, origin, v => Url = v);
    public bool TrySetDateline(string? value, string origin) => TrySet(nameof(Dateline), value, origin, v => Dateline = v);
    public bool TrySetDatelineRegion(string? value, string origin) => TrySet(nameof(DatelineRegion), value, origin, v => DatelineRegion = v);
    public bool TrySetAgency(string? value, string origin) => TrySet(nameof(Agency), value, origin, v => Agency = v);
    public bool TrySetLanguage(string? value, string origin) => TrySet(nameof(Language), value, origin, v => Language = v);

    public bool TrySetPublished(PublicationDate? value, string origin)
    {
        if (value is null || Has(nameof(Published)))
            return false;
        Published = value;
        Origins[nameof(Published)] = origin;
        return true;
    }

    public bool TrySetAuthors(IReadOnlyList<string>? value, string origin)
    {
        if (value is null || value.Count == 0 || Has(nameof(Authors)))
            return false;
        Authors = value;
        Origins[nameof(Authors)] = origin;
        return true;
    }

    /// <summary>Replaces a field whatever set it before; for given (JSONL) fields, which always win.</summary>
    public void Override(string field, string? value, string origin)
    {
        Origins.Remove(field);
        _ = field switch
        {
            nameof(Title) => TrySetTitle(value, origin),
            nameof(Outlet) => TrySetOutlet(value, origin),
            nameof(Url) => TrySetUrl(value, origin),
            nameof(Kind) => TrySetKind(value, origin),
            _ => throw new ArgumentOutOfRangeException(nameof(field), field, "not an overridable text field"),
        };
    }

    public void OverridePublished(PublicationDate value, string origin)
    {
        Origins.Remove(nameof(Published));
        TrySetPublished(value, origin);
    }

    public void OverrideAuthors(IReadOnlyList<string> value, string origin)
    {
        Origins.Remove(nameof(Authors));
        TrySetAuthors(value, origin);
    }

    private bool TrySet(string field, string? value, string origin, Action<string> set)
    {
        if (string.IsNullOrWhiteSpace(value) || Has(field))
            return false;
        set(value.Trim());
        Origins[field] = origin;
        return true;
    }
}
