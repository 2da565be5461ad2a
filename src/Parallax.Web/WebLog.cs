using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Parallax.Web;

/// <summary>What the web app logs: event ids 2000-2099 (requests), 2100-2199 (ingest jobs).</summary>
internal static partial class WebLog
{
    [LoggerMessage(EventId = 2000, Level = LogLevel.Error, Message = "Unhandled error in {Method} {Path}")]
    public static partial void UnhandledError(ILogger logger, Exception exception, string method, PathString path);

    [LoggerMessage(EventId = 2001, Level = LogLevel.Information, Message = "Bad request {Method} {Path}: {Status} {Reason}")]
    public static partial void BadRequest(ILogger logger, string method, PathString path, int status, string reason);

    [LoggerMessage(EventId = 2002, Level = LogLevel.Information, Message = "Refused {Method} {Path}: no valid access token")]
    public static partial void NoToken(ILogger logger, string method, PathString path);

    [LoggerMessage(EventId = 2003, Level = LogLevel.Information, Message = "Refused {Method} {Path}: a cross-site request")]
    public static partial void CrossSite(ILogger logger, string method, PathString path);

    [LoggerMessage(EventId = 2004, Level = LogLevel.Information, Message = "Refused {Method} {Path}: Host {Host} is not a name of this server")]
    public static partial void ForeignHost(ILogger logger, string method, PathString path, string host);

    [LoggerMessage(EventId = 2005, Level = LogLevel.Warning, Message = "Refused {Method} {Path} from {Client}: too many attempts without the token")]
    public static partial void TooManyAttempts(ILogger logger, string method, PathString path, string client);

    [LoggerMessage(EventId = 2100, Level = LogLevel.Error, Message = "Ingest job {Job} failed: {Failure}")]
    public static partial void IngestJobFailed(ILogger logger, string job, string failure);

    [LoggerMessage(EventId = 2103, Level = LogLevel.Error, Message = "Ingest job {Job} failed with an unexpected error")]
    public static partial void IngestJobError(ILogger logger, Exception exception, string job);

    [LoggerMessage(EventId = 2101, Level = LogLevel.Information, Message = "Ingest job {Job} cancelled")]
    public static partial void IngestJobCancelled(ILogger logger, string job);

    [LoggerMessage(EventId = 2102, Level = LogLevel.Debug, Message = "Ingest job {Job} done: {Results} articles, {Errors} inputs unread")]
    public static partial void IngestJobDone(ILogger logger, string job, int results, int errors);
}
