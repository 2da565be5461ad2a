using Parallax.Analysis;

namespace Parallax.Stories;

/// <summary>
/// What story grouping reads of an article: its title, text, the canonical names of its entities and its
/// publication time. A store can keep these and replay them into a new grouper without analysing again.
/// </summary>
internal sealed record StoryDocument(string? Title, string Text, IReadOnlyList<string> Names, DateTime? Time)
{
    /// <summary>The grouping input of an analyzed article (entity names when the entity layer found any).</summary>
    public static StoryDocument From(AnalyzedArticle article)
    {
        var a = article.Article;
        var names = article.Entities.Count == 0 ? [] : article.Entities.Select(e => e.Name).ToArray();
        return new StoryDocument(a.Title, a.Text, names, a.Published?.Value);
    }
}
