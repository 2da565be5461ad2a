using Microsoft.Extensions.Logging;

namespace Parallax.Storage.Postgres.Queue;

/// <summary>What the job queue's workers and leader log (1100-1119).</summary>
internal static partial class QueueLog
{
    [LoggerMessage(EventId = 1100, Level = LogLevel.Information, Message = "Worker {Worker} started with {Concurrency} job slots on {Store}")]
    public static partial void Started(ILogger logger, string worker, int concurrency, string store);

    [LoggerMessage(EventId = 1101, Level = LogLevel.Information, Message = "Worker {Worker} leads story assignment (resumed with {Restored} articles restored, {Replayed} replayed)")]
    public static partial void Leading(ILogger logger, string worker, int restored, int replayed);

    [LoggerMessage(EventId = 1102, Level = LogLevel.Warning, Message = "Job {Job} ({Kind}) failed on attempt {Attempt}, now {State}: {Error}")]
    public static partial void JobFailed(ILogger logger, long job, string kind, int attempt, string state, string error);

    [LoggerMessage(EventId = 1103, Level = LogLevel.Warning, Message = "Job {Job} is dead and its document is skipped: {Error}")]
    public static partial void DeadSkipped(ILogger logger, long job, string error);

    [LoggerMessage(EventId = 1104, Level = LogLevel.Debug, Message = "Leader stored jobs {First}-{Last}: {Added} added, {Versions} new versions, {Unchanged} unchanged, {Failed} failed")]
    public static partial void Stored(ILogger logger, long first, long last, int added, int versions, int unchanged, int failed);

    [LoggerMessage(EventId = 1105, Level = LogLevel.Warning, Message = "Input {Source} could not be read: {Reason}")]
    public static partial void InputFailed(ILogger logger, string source, string reason);

    [LoggerMessage(EventId = 1106, Level = LogLevel.Warning, Message = "Worker {Worker}: the store did not answer ({Error}); trying again")]
    public static partial void StoreTrouble(ILogger logger, string worker, string error);

    [LoggerMessage(EventId = 1107, Level = LogLevel.Debug, Message = "Job {Job}: the lease was lost before the result was saved (another worker took the job)")]
    public static partial void LeaseLost(ILogger logger, long job);
}
