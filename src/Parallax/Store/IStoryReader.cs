namespace Parallax.Store;

/// <summary>
/// The store as queries see it: articles, stories, search and counts. One behaviour, several engines: the
/// conformance tests (tests/Parallax.Tests/Store) hold every engine to it. A reader sees each commit whole.
/// One instance is used by one caller at a time; open one per thread.
/// </summary>
public interface IStoryReader : IAsyncDisposable
{
    /// <summary>Where the store is, as the user named it (for messages).</summary>
    string Location { get; }

    /// <summary>The newest version stored under an identity key, or null when the key is new.</summary>
    ValueTask<StoredVersion?> LatestAsync(string identityKey, CancellationToken cancel = default);

    /// <summary>The stored version of an identity with this content, current or superseded, or null.</summary>
    ValueTask<StoredVersion?> FindAsync(string identityKey, string contentHash, CancellationToken cancel = default);

    /// <summary>Whether another article (another identity) already uses this id.</summary>
    ValueTask<bool> NameTakenAsync(string name, string identityKey, CancellationToken cancel = default);

    /// <summary>
    /// <see cref="FindAsync"/>, <see cref="LatestAsync"/> and <see cref="NameTakenAsync"/> for many articles at once, one
    /// answer per probe in order: on a server engine one round trip instead of three per article.
    /// </summary>
    ValueTask<IReadOnlyList<ArticleLookup>> LookupAsync(IReadOnlyList<ArticleProbe> probes, CancellationToken cancel = default);

    /// <summary>Every stored article (superseded versions too), in ingest order, from <paramref name="afterId"/> on.</summary>
    IAsyncEnumerable<StoredArticle> ReadAllAsync(long afterId = 0, CancellationToken cancel = default);

    /// <summary>The current version of the article with this id (the JSONL id or file name it was ingested under).</summary>
    ValueTask<StoredArticle?> ArticleAsync(string name, CancellationToken cancel = default);

    /// <summary>Every stored version of the article with this id, oldest first (one when it never changed; none when unknown).</summary>
    ValueTask<IReadOnlyList<StoredArticle>> VersionsAsync(string name, CancellationToken cancel = default);

    /// <summary>A story's current articles, listed without their texts, in publication order.</summary>
    ValueTask<IReadOnlyList<ArticleSummary>> StoryMembersAsync(long storyId, CancellationToken cancel = default);

    /// <summary>A story's current articles (superseded versions left out), in publication order.</summary>
    ValueTask<IReadOnlyList<StoredArticle>> StoryArticlesAsync(long storyId, CancellationToken cancel = default);

    /// <summary>The story with this id, or null.</summary>
    ValueTask<StorySummary?> StoryAsync(long id, CancellationToken cancel = default);

    /// <summary>Stories matching the filter, in the given order, a page at a time.</summary>
    ValueTask<IReadOnlyList<StorySummary>> StoriesAsync(StoreFilter filter, StoryOrder order, int limit, int offset = 0, CancellationToken cancel = default);

    /// <summary>
    /// Full-text search over titles and texts (current versions). The query is words and "quoted
    /// phrases", all required; a leading '-' excludes a word. Best matches first; matched words in the
    /// snippet are marked with <see cref="SearchHit.MatchStart"/> and <see cref="SearchHit.MatchEnd"/>.
    /// </summary>
    ValueTask<IReadOnlyList<SearchHit>> SearchAsync(string query, StoreFilter filter, int limit, int offset = 0, CancellationToken cancel = default);

    /// <summary>How much the store holds.</summary>
    ValueTask<StoreCounts> CountsAsync(CancellationToken cancel = default);
}
