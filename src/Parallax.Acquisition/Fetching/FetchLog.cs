using Microsoft.Extensions.Logging;

namespace Parallax.Acquisition.Fetching;

/// <summary>The fetcher's log lines (shown with --verbose or --log-level).</summary>
internal static partial class FetchLog
{
    [LoggerMessage(Level = LogLevel.Debug, Message = "GET {Url}: {Status} ({Bytes} bytes, {Milliseconds} ms)")]
    public static partial void Fetched(ILogger logger, string url, int status, long bytes, long milliseconds);

    [LoggerMessage(Level = LogLevel.Information, Message = "GET {Url}: retry {Attempt} in {Delay} ({Reason})")]
    public static partial void Retrying(ILogger logger, string url, int attempt, TimeSpan delay, string reason);

    [LoggerMessage(Level = LogLevel.Debug, Message = "{Host}: robots.txt {Outcome}; interval {Interval}")]
    public static partial void Robots(ILogger logger, string host, string outcome, TimeSpan interval);

    [LoggerMessage(Level = LogLevel.Debug, Message = "{Url}: {Reason}")]
    public static partial void Failed(ILogger logger, string url, string reason);
}
