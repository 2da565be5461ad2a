using Npgsql;

namespace Parallax.Storage.Postgres.Queue;

/// <summary>
/// Wakes a process's idle workers when jobs are enqueued: one connection of its own (outside the pool, since
/// LISTEN belongs to a session) listens on <see cref="JobQueue.Channel"/>. A worker takes <see cref="Next"/>
/// before it looks for jobs and waits on it when it found none, so a notice that arrives in between is not missed;
/// the wait also ends after a poll interval, for what no notice announces (retries falling due, expired leases).
/// </summary>
internal sealed class JobSignal : IAsyncDisposable
{
    private readonly NpgsqlConnection _db;
    private readonly CancellationTokenSource _stop = new();
    private TaskCompletionSource _next = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private Task _loop = Task.CompletedTask;

    private JobSignal(NpgsqlConnection db) => _db = db;

    public static async Task<JobSignal> StartAsync(string connectionString, CancellationToken cancel)
    {
        var b = new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false, ApplicationName = "parallax worker listener", KeepAlive = 10 };
        var signal = new JobSignal(new NpgsqlConnection(b.ConnectionString));
        await signal._db.OpenAsync(cancel);
        signal._db.Notification += (_, _) => signal.Pulse();
        await using (var listen = new NpgsqlCommand($"LISTEN {JobQueue.Channel};", signal._db))
            await listen.ExecuteNonQueryAsync(cancel);
        signal._loop = Task.Run(signal.ListenAsync, CancellationToken.None);
        return signal;
    }

    /// <summary>Completes at the next notice.</summary>
    public Task Next => Volatile.Read(ref _next).Task;

    /// <summary>Waits for <paramref name="next"/> (taken from <see cref="Next"/> earlier) or the poll interval, whichever comes first.</summary>
    public static async Task WaitAsync(Task next, TimeSpan poll, CancellationToken cancel)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancel);
        var delay = Task.Delay(poll, timeout.Token);
        await Task.WhenAny(next, delay);
        await timeout.CancelAsync();
        cancel.ThrowIfCancellationRequested();
    }

    private void Pulse() => Interlocked.Exchange(ref _next, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();

    private async Task ListenAsync()
    {
        try
        {
            while (!_stop.IsCancellationRequested)
                await _db.WaitAsync(_stop.Token);
        }
        catch (OperationCanceledException)
        {
        }
        catch (NpgsqlException)
        {
            // The listening connection broke: workers fall back to polling.
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _loop;
        await _db.DisposeAsync();
        _stop.Dispose();
    }
}
