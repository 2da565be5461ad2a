using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Parallax.Web.Services;

/// <summary>
/// Logs each request that ended in an exception, then leaves the answer (a problem-details response) to
/// the exception handler middleware.
/// </summary>
internal sealed class ErrorLogging(ILogger<ErrorLogging> logger) : IExceptionHandler
{
    public ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var request = httpContext.Request;
        if (exception is BadHttpRequestException bad)
            WebLog.BadRequest(logger, request.Method, request.Path, bad.StatusCode, bad.Message);
        else
            WebLog.UnhandledError(logger, exception, request.Method, request.Path);
        return ValueTask.FromResult(false);
    }
}
