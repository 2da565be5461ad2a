using Parallax.Store;

namespace Parallax.Tests.Queue;

/// <summary>What two stores must agree on after the same documents: every article version and its story, and every story.</summary>
internal static class QueuedStoreSnapshot
{
    public static async Task<List<string>> TakeAsync(IStoryReader store)
    {
        var lines = (await store.ReadAllAsync().ToListAsync())
            .Select(a => $"{a.Key} v{a.Version} {(a.SupersededBy is null ? "current" : "superseded")} s{a.StoryId} {a.ContentHash} dup={a.DuplicateOf}")
            .Order(StringComparer.Ordinal).ToList();
        foreach (var s in await store.StoriesAsync(new StoreFilter(), StoryOrder.Newest, int.MaxValue))
        {
            var members = await store.StoryMembersAsync(s.Id);
            lines.Add($"story s{s.Id} '{s.Title}' {s.Articles} articles {s.Outlets} outlets {s.FirstPublished}..{s.LastPublished}: {string.Join(' ', members.Select(m => m.Id))}");
        }
        return lines;
    }
}
