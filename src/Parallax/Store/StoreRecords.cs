using Parallax.Analysis;
using Parallax.Model;

namespace Parallax.Store;

/// <summary>
/// An analysed article ready to be written, with its identity, version and story. Writing it supersedes
/// the earlier versions of its identity.
/// </summary>
public sealed record NewArticle(AnalyzedArticle Analysis, ArticleIdentity Identity, int Version, long StoryId, int? Line)
{
    /// <summary>The id of an earlier article this one nearly repeats (a wire copy), when there is one.</summary>
    public string? DuplicateOf { get; init; }

    /// <summary>The article's fields and text.</summary>
    public Article Article => Analysis.Article;
}

/// <summary>The latest stored version of an identity.</summary>
public sealed record StoredVersion(long Id, string Name, int Version, string ContentHash, long StoryId);

/// <summary>What adding an article asks the store (<see cref="IStoryReader.LookupAsync"/>): its identity, content and wanted id.</summary>
public readonly record struct ArticleProbe(string IdentityKey, string ContentHash, string Name);

/// <summary>
/// The store's answers for one <see cref="ArticleProbe"/>: the version holding its content (<see cref="IStoryReader.FindAsync"/>),
/// the identity's latest version (<see cref="IStoryReader.LatestAsync"/>) and whether another identity has its id
/// (<see cref="IStoryReader.NameTakenAsync"/>).
/// </summary>
public sealed record ArticleLookup(StoredVersion? Seen, StoredVersion? Latest, bool NameTaken);

/// <summary>One stored article: its fields, text and analysis as they were ingested.</summary>
public sealed record StoredArticle(long Id, long StoryId, int Version, long? SupersededBy, string ContentHash, int? Line, AnalyzedArticle Analysis)
{
    /// <summary>The article's fields and text.</summary>
    public Article Article => Analysis.Article;

    /// <summary>The article's id: the JSONL id or file name it was ingested under, made unique in the store.</summary>
    public string Key => Article.Id;

    /// <summary>The user-facing id of the article's story (<c>s7</c>).</summary>
    public string Story => StoreIds.Story(StoryId);

    /// <summary>The id of an earlier article this one nearly repeats (a wire copy), when there is one.</summary>
    public string? DuplicateOf { get; init; }
}

/// <summary>An article as a story lists it.</summary>
public sealed record ArticleSummary(string Id, string? Title, string? Outlet, string? Published, string? Url);

/// <summary>A story as listed: its size, outlets and time span, counting current versions only.</summary>
public sealed record StorySummary(long Id, string? Title, int Articles, int Outlets, string? FirstPublished, string? LastPublished)
{
    /// <summary>The newest article row of the story: changes whenever the story does (for caches).</summary>
    public long LastArticle { get; init; }

    /// <summary>The user-facing id of the story (<c>s7</c>).</summary>
    public string Key => StoreIds.Story(Id);
}

/// <summary>The order stories are listed in.</summary>
public enum StoryOrder
{
    /// <summary>Latest publication first.</summary>
    Newest,

    /// <summary>Most articles first.</summary>
    Busiest,
}

/// <summary>Filters for listing stories and searching articles. Dates compare as ISO days, inclusive.</summary>
public sealed record StoreFilter
{
    /// <summary>Only articles of this outlet (case-insensitive).</summary>
    public string? Outlet { get; init; }
    /// <summary>Only articles published on or after this day.</summary>
    public DateOnly? From { get; init; }
    /// <summary>Only articles published on or before this day.</summary>
    public DateOnly? To { get; init; }

    /// <summary>A canonical entity name ("Vladimir Putin"); matches case-insensitively.</summary>
    public string? Entity { get; init; }
}

/// <summary>A search hit: the article, its story, and a snippet with the matched words marked by the caller's delimiters.</summary>
public sealed record SearchHit(string ArticleId, long StoryId, string? Title, string? Outlet, string? Published, string Snippet, double Rank)
{
    /// <summary>Marks around the matched words in <see cref="Snippet"/>: private-use characters, which no article holds after extraction, so a renderer can encode the snippet first and mark it after.</summary>
    public const char MatchStart = '\uE000';

    /// <summary>Marks the end of a matched word in <see cref="Snippet"/>.</summary>
    public const char MatchEnd = '\uE001';

    /// <summary>The user-facing id of the hit's story (<c>s7</c>).</summary>
    public string Story => StoreIds.Story(StoryId);
}

/// <summary>How much the store holds.</summary>
public sealed record StoreCounts(int Articles, int CurrentArticles, int Stories, int SchemaVersion);
