using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http;

namespace Parallax.Web.Security;

/// <summary>
/// Limits token guesses per client address: each sign-in attempt and each request the access gate refuses
/// takes one permit from the address's window; once they are spent, the address gets 429 until the window
/// ends. A right token spends nothing after sign-in (the cookie or header passes the gate).
/// </summary>
public sealed class SignInLimiter(int perMinute) : IDisposable
{
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(1);

    private readonly PartitionedRateLimiter<HttpContext> _limiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
        RateLimitPartition.GetFixedWindowLimiter(context.Connection.RemoteIpAddress?.ToString() ?? "unknown", _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = perMinute,
            Window = Window,
            QueueLimit = 0,
        }));

    /// <summary>Takes a permit for one attempt; false when the address has spent its attempts for now.</summary>
    public bool TryAttempt(HttpContext context)
    {
        using var lease = _limiter.AttemptAcquire(context);
        return lease.IsAcquired;
    }

    public void Dispose() => _limiter.Dispose();
}
