namespace Parallax.Extraction;

/// <summary>
/// The <see cref="Model.Article.Kind"/> values that say a page holds no article: its text is kept short
/// (or empty) on purpose, and evaluation counts no text as the right answer for it.
/// </summary>
internal static class PageKinds
{
    /// <summary>An error page ("Page not found", "404", "Access denied").</summary>
    public const string ErrorPage = "error-page";

    /// <summary>A listing of many items (event listings, product grids, link indexes) with no one article.</summary>
    public const string Listing = "listing";

    /// <summary>Whether the kind marks a page that is not an article.</summary>
    public static bool IsNonArticle(string? kind) => kind is ErrorPage or Listing;
}
