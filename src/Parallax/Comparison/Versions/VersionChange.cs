namespace Parallax.Comparison.Versions;

/// <summary>
/// What changed between two stored versions of one article (the same URL fetched again with a different text):
/// the title and date when they changed, the figures and quotes only one version has, and how many paragraphs
/// were removed and added. Outlets change articles after publication, sometimes silently; a story says so.
/// </summary>
/// <param name="FromVersion">The earlier version's number.</param>
/// <param name="ToVersion">The later version's number.</param>
/// <param name="TitleBefore">The earlier title, when the title changed.</param>
/// <param name="TitleAfter">The later title, when the title changed.</param>
/// <param name="PublishedBefore">The earlier publication date (ISO 8601), when it changed.</param>
/// <param name="PublishedAfter">The later publication date, when it changed.</param>
/// <param name="FiguresRemoved">Figures (as written) only the earlier version has.</param>
/// <param name="FiguresAdded">Figures only the later version has.</param>
/// <param name="QuotesRemoved">Direct quotes only the earlier version has.</param>
/// <param name="QuotesAdded">Direct quotes only the later version has.</param>
/// <param name="ParagraphsRemoved">Paragraphs of the earlier text not in the later one.</param>
/// <param name="ParagraphsAdded">Paragraphs of the later text not in the earlier one.</param>
public sealed record VersionChange(int FromVersion, int ToVersion, string? TitleBefore, string? TitleAfter, string? PublishedBefore, string? PublishedAfter,
    IReadOnlyList<string> FiguresRemoved, IReadOnlyList<string> FiguresAdded, IReadOnlyList<string> QuotesRemoved, IReadOnlyList<string> QuotesAdded,
    int ParagraphsRemoved, int ParagraphsAdded)
{
    /// <summary>Whether the title changed.</summary>
    public bool TitleChanged => TitleBefore is not null || TitleAfter is not null;

    /// <summary>Whether the publication date changed.</summary>
    public bool PublishedChanged => PublishedBefore is not null || PublishedAfter is not null;

    /// <summary>One line for a reader: "title changed; figures: 34,000 → 36,000; 1 quote added; 2 paragraphs rewritten".</summary>
    public string Summary()
    {
        var parts = new List<string>();
        if (TitleChanged)
            parts.Add($"title was \u201c{TitleBefore}\u201d");
        if (PublishedChanged)
            parts.Add($"date {PublishedBefore ?? "none"} \u2192 {PublishedAfter ?? "none"}");
        if (FiguresRemoved.Count > 0 || FiguresAdded.Count > 0)
            parts.Add($"figures {List(FiguresRemoved)} \u2192 {List(FiguresAdded)}");
        if (QuotesRemoved.Count > 0)
            parts.Add(Rendering.StoreText.Plural(QuotesRemoved.Count, "quote") + " removed");
        if (QuotesAdded.Count > 0)
            parts.Add(Rendering.StoreText.Plural(QuotesAdded.Count, "quote") + " added");
        int rewritten = Math.Min(ParagraphsRemoved, ParagraphsAdded);
        if (rewritten > 0)
            parts.Add(Rendering.StoreText.Plural(rewritten, "paragraph") + " rewritten");
        if (ParagraphsAdded > rewritten)
            parts.Add(Rendering.StoreText.Plural(ParagraphsAdded - rewritten, "paragraph") + " added");
        if (ParagraphsRemoved > rewritten)
            parts.Add(Rendering.StoreText.Plural(ParagraphsRemoved - rewritten, "paragraph") + " removed");
        return parts.Count == 0 ? "layout or spacing only" : string.Join("; ", parts);
    }

    private static string List(IReadOnlyList<string> items) => items.Count == 0 ? "none" : string.Join(", ", items);
}
