using Microsoft.Extensions.Logging;

namespace Parallax.Store;

/// <summary>What an ingest logs: event ids 1100-1199 (replay, regrouping, batches, inputs, the run).</summary>
internal static partial class IngestLog
{
    [LoggerMessage(EventId = 1100, Level = LogLevel.Debug, Message = "Replayed {Count} stored articles into the story grouper")]
    public static partial void Replayed(ILogger logger, long count);

    [LoggerMessage(EventId = 1101, Level = LogLevel.Information, Message = "Regrouped {Count} stored articles (the story grouping changed since they were stored)")]
    public static partial void Regrouped(ILogger logger, int count);

    [LoggerMessage(EventId = 1102, Level = LogLevel.Debug, Message = "Batch written: {Articles} articles, {Merges} story merges, last row {LastRow}")]
    public static partial void BatchWritten(ILogger logger, int articles, int merges, long lastRow);

    [LoggerMessage(EventId = 1105, Level = LogLevel.Warning,
        Message = "Article {Id}: its publication date {Published} is in the future; it is stored undated")]
    public static partial void FuturePublishedDropped(ILogger logger, string id, string published);

    [LoggerMessage(EventId = 1103, Level = LogLevel.Information, Message = "Input {Source} could not be read: {Reason}")]
    public static partial void InputFailed(ILogger logger, string source, string reason);

    [LoggerMessage(EventId = 1106, Level = LogLevel.Warning, Message = "Input {Source} was read but not whole or not as written: {Reason}")]
    public static partial void InputWarning(ILogger logger, string source, string reason);

    [LoggerMessage(EventId = 1104, Level = LogLevel.Information,
        Message = "Ingest run ended: {Added} added, {NewVersions} new versions, {Unchanged} unchanged, {Failed} failed, stopped {Stopped}")]
    public static partial void RunEnded(ILogger logger, int added, int newVersions, int unchanged, int failed, bool stopped);
}
