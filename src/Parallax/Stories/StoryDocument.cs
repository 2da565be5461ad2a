using Parallax.Analysis;

namespace Parallax.Stories;

/// <summary>
/// What story grouping reads of an article: its title, text, the canonical names of its entities and its
/// publication time, and who published it. A store can keep these and replay them into a new grouper without analysing again.
/// </summary>
internal sealed record StoryDocument(string? Title, string Text, IReadOnlyList<string> Names, DateTime? Time)
{
    /// <summary>
    /// Who published the article (its outlet, else its web site's host): grouping learns each outlet's usual delay
    /// behind the other outlets' reports of the same event (<see cref="OutletLags"/>). Null when unknown.
    /// </summary>
    public string? Outlet { get; init; }

    /// <summary>The grouping input of an analyzed article (entity names when the entity layer found any).</summary>
    public static StoryDocument From(AnalyzedArticle article)
    {
        var a = article.Article;
        var names = article.Entities.Count == 0 ? [] : article.Entities.Select(e => e.Name).ToArray();
        return new StoryDocument(a.Title, a.Text, names, a.Published?.Value) { Outlet = OutletOf(a) };
    }

    /// <summary>The outlet's name as given, else the host of the article's address (without "www."), else null.</summary>
    internal static string? OutletOf(Model.Article a)
    {
        if (!string.IsNullOrWhiteSpace(a.Outlet))
            return a.Outlet.Trim();
        if (a.Url is { } url && Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Host.Length > 0)
            return uri.Host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? uri.Host[4..] : uri.Host;
        return null;
    }
}
