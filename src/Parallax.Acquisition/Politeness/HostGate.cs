using System.Threading.RateLimiting;

namespace Parallax.Acquisition.Politeness;

/// <summary>
/// One host's turn-taking: a single permit (<see cref="ConcurrencyLimiter"/>), so never two requests in flight to
/// the host, and a minimum interval from the end of one request to the start of the next. A Retry-After or a
/// Crawl-delay pushes the next start further.
/// </summary>
internal sealed class HostGate(TimeSpan interval, TimeProvider? clock = null) : IDisposable
{
    private readonly TimeProvider _clock = clock ?? TimeProvider.System;
    private readonly ConcurrencyLimiter _permit = new(new ConcurrencyLimiterOptions
    {
        PermitLimit = 1,
        QueueLimit = int.MaxValue,
        QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
    });
    private DateTimeOffset _nextStart = DateTimeOffset.MinValue;

    /// <summary>Least time between requests to this host.</summary>
    public TimeSpan Interval { get; set; } = interval;

    /// <summary>Waits for the host's turn; dispose the lease through <see cref="Leave"/>.</summary>
    public async Task<RateLimitLease> EnterAsync(CancellationToken cancel)
    {
        var lease = await _permit.AcquireAsync(1, cancel);
        if (!lease.IsAcquired)
            throw new InvalidOperationException("the host's request queue is full");
        try
        {
            var wait = _nextStart - _clock.GetUtcNow();
            if (wait > TimeSpan.Zero)
                await Task.Delay(wait, _clock, cancel);
        }
        catch
        {
            lease.Dispose();
            throw;
        }
        return lease;
    }

    /// <summary>Ends the host's turn: the next request may start <see cref="Interval"/> from now (or later, after <paramref name="notBefore"/>).</summary>
    public void Leave(RateLimitLease lease, DateTimeOffset? notBefore = null)
    {
        var next = _clock.GetUtcNow() + Interval;
        if (notBefore is { } nb && nb > next)
            next = nb;
        _nextStart = next;
        lease.Dispose();
    }

    public void Dispose() => _permit.Dispose();
}
