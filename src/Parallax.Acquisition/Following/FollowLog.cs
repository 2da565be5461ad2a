using Microsoft.Extensions.Logging;

namespace Parallax.Acquisition.Following;

/// <summary>What the follow monitor tells its log.</summary>
internal static partial class FollowLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "{Feed}: {Outcome}, {Entries} entries, {Fresh} to fetch; next poll in {Interval}")]
    public static partial void Polled(ILogger logger, string feed, string outcome, int entries, int fresh, TimeSpan interval);

    [LoggerMessage(Level = LogLevel.Debug, Message = "{Feed}: {Reason}")]
    public static partial void FeedFailed(ILogger logger, string feed, string reason);

    [LoggerMessage(Level = LogLevel.Debug, Message = "{Url}: {Reason}")]
    public static partial void ArticleFailed(ILogger logger, string url, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Url}: {Outcome} as {Article} in {Story}")]
    public static partial void ArticleStored(ILogger logger, string url, string outcome, string article, string story);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Source}: no feed or sitemap to poll (add one, or run parallax sources add --discover)")]
    public static partial void NothingToPoll(ILogger logger, string source);
}
