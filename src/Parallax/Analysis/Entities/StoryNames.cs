namespace Parallax.Analysis.Entities;

/// <summary>
/// One name per person across a story (<see cref="EntityCanonicalizer.Merge"/>): the renames (old name to the
/// fuller one) and the role any article gives each person.
/// </summary>
internal sealed class StoryNames(IReadOnlyDictionary<string, string> renames, IReadOnlyDictionary<string, string> roles)
{
    public static StoryNames None { get; } = new(new Dictionary<string, string>(), new Dictionary<string, string>());

    /// <summary>Old name to new name.</summary>
    public IReadOnlyDictionary<string, string> Renames { get; } = renames;

    public bool IsEmpty => Renames.Count == 0;

    /// <summary>
    /// The document with its person mentions and quote speakers renamed, or the same document when nothing in it
    /// changes. Entities and speakers are names, not spans, so no component needs to run again.
    /// </summary>
    public AnalyzedArticle Apply(AnalyzedArticle document)
    {
        if (IsEmpty)
            return document;
        var result = document;
        var entities = document.Entities;
        if (entities.Any(m => m.Type == EntityType.Person && Renames.ContainsKey(m.Name)))
        {
            result = result.WithOwned(Layers.Entities, entities.Select(m =>
                m.Type == EntityType.Person && Renames.TryGetValue(m.Name, out var to)
                    ? m with { Name = to, Role = m.Role ?? roles.GetValueOrDefault(to) }
                    : m).ToList());
        }
        var quotes = document.Quotes;
        if (quotes.Any(q => q.Speaker is { } s && Renames.ContainsKey(s)))
        {
            result = result.WithOwned(Layers.Quotes, quotes.Select(q =>
                q.Speaker is { } s && Renames.TryGetValue(s, out var to) ? q with { Speaker = to } : q).ToList());
        }
        return result;
    }
}
