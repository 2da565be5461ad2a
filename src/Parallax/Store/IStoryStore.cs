namespace Parallax.Store;

/// <summary>
/// Where ingested articles, their analyses and their stories live. One behaviour, several engines: the
/// conformance tests (tests/Parallax.Tests/Store) hold every implementation to it. Writes are batched;
/// a batch is written whole or not at all.
/// </summary>
public interface IStoryStore : IDisposable
{
    /// <summary>The newest version stored under an identity key, or null when the key is new.</summary>
    StoredVersion? Latest(string identityKey);

    /// <summary>The stored version of an identity with this content, current or superseded, or null.</summary>
    StoredVersion? Find(string identityKey, string contentHash);

    /// <summary>
    /// Writes a batch in one transaction: the articles, their entities and search text, the versions they
    /// supersede, and the stories they join (created when new).
    /// </summary>
    /// <param name="merges">Stories merged while the batch was assigned, in order: after the articles are
    /// written, every article of <c>From</c> moves to <c>Into</c>.</param>
    /// <returns>The row id of the batch's last article (ids grow in ingest order), or 0 for an empty batch.</returns>
    long Write(IReadOnlyList<NewArticle> batch, IReadOnlyList<(long From, long Into)>? merges = null);

    /// <summary>
    /// The right to write, held by one ingest at a time across processes (story grouping replays the
    /// store, so two writers would hand out the same story ids). Waits up to <paramref name="wait"/>, then
    /// throws a <see cref="StoreException"/> naming the store. Dispose to release; a killed process releases it.
    /// </summary>
    IDisposable AcquireWriter(TimeSpan wait);

    /// <summary>Every stored article (superseded versions too), in ingest order, from <paramref name="afterId"/> on.</summary>
    IEnumerable<StoredArticle> ReadAll(long afterId = 0);

    /// <summary>The current version of the article with this id (the JSONL id or file name it was ingested under).</summary>
    StoredArticle? Article(string name);

    /// <summary>Whether another article (another identity) already uses this id.</summary>
    bool NameTaken(string name, string identityKey);

    /// <summary>A story's current articles, listed without their texts, in publication order.</summary>
    IReadOnlyList<ArticleSummary> StoryMembers(long storyId);

    /// <summary>A story's current articles (superseded versions left out), in publication order.</summary>
    IReadOnlyList<StoredArticle> StoryArticles(long storyId);

    StorySummary? Story(long id);

    IReadOnlyList<StorySummary> Stories(StoreFilter filter, StoryOrder order, int limit, int offset = 0);

    /// <summary>
    /// Full-text search over titles and texts (current versions). The query is words and "quoted
    /// phrases", all required; a leading '-' excludes a word. Best matches first.
    /// </summary>
    IReadOnlyList<SearchHit> Search(string query, StoreFilter filter, int limit, int offset = 0);

    /// <summary>Moves articles to other stories (a regrouping), recomputing the stories touched, in one transaction.</summary>
    void Reassign(IReadOnlyDictionary<long, long> storyOfArticle);

    StoreCounts Counts();
}
