using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Parallax.Analysis;
using Parallax.Extraction;
using Parallax.Extraction.Inputs;

namespace Parallax.Store;

/// <summary>
/// One ingest over a stream of inputs on two threads: one reads, extracts and analyses ahead (skipping the
/// analysis of content the store already holds), the other assigns stories and writes, in arrival order.
/// Used by <c>parallax ingest</c> and by the web UI's uploads.
/// </summary>
public static class IngestRun
{
    /// <summary>How many prepared articles may wait between the two threads.</summary>
    private const int Lookahead = 256;

    public sealed record Summary(int Added, int NewVersions, int Unchanged, int Failed, bool Stopped);

    /// <param name="ingestor">Assigns and writes; used on the calling flow only.</param>
    /// <param name="probe">A second, read-only handle on the same store for the reading thread, or null.</param>
    /// <param name="onError">Told of each input that could not be read.</param>
    /// <param name="advance">Told of each input handled.</param>
    /// <param name="stop">Checked between articles (an interrupt): once cancelled, the batch in hand is still written and the run ends.</param>
    /// <param name="logger">Told of each input that could not be read and of the run's end.</param>
    public static async Task<Summary> RunAsync(Ingestor ingestor, AnalysisPipeline pipeline, IEnumerable<ArticleResult> inputs, IStoryReader? probe,
        Action<InputError> onError, Action<int> advance, CancellationToken stop, Action<IngestResult>? onResult = null, ILogger? logger = null)
    {
        logger ??= NullLogger.Instance;
        var channel = Channel.CreateBounded<(PreparedArticle? Article, InputError? Error)>(
            new BoundedChannelOptions(Lookahead) { SingleReader = true, SingleWriter = true });
        using var done = CancellationTokenSource.CreateLinkedTokenSource(stop);
        var producer = Task.Run(async () =>
        {
            try
            {
                foreach (var r in inputs)
                {
                    if (done.IsCancellationRequested)
                        break;
                    var item = r.Error is { } e ? (null, e) : (await Ingestor.PrepareAsync(pipeline, r.Article!, r.Line, probe, done.Token), (InputError?)null);
                    await channel.Writer.WriteAsync(item, done.Token);
                }
                channel.Writer.TryComplete();
            }
            catch (OperationCanceledException)
            {
                channel.Writer.TryComplete();
            }
            catch (Exception e)
            {
                channel.Writer.TryComplete(e);
            }
        }, CancellationToken.None);
        int added = 0, versions = 0, unchanged = 0, failed = 0;
        bool stopped = false;
        try
        {
            var reader = channel.Reader;
            // The writing side never passes the stop token to the store: an interrupt ends the run between
            // articles, and the batch in hand is written whole.
            while (await reader.WaitToReadAsync(CancellationToken.None))
            {
                while (reader.TryRead(out var item))
                {
                    if (stop.IsCancellationRequested)
                    {
                        stopped = true;
                        break;
                    }
                    advance(1);
                    if (item.Error is { } e)
                    {
                        failed++;
                        IngestLog.InputFailed(logger, e.Source, e.Reason);
                        onError(e);
                        continue;
                    }
                    var result = await ingestor.AddAsync(item.Article!);
                    onResult?.Invoke(result);
                    switch (result.Outcome)
                    {
                        case IngestOutcome.Added: added++; break;
                        case IngestOutcome.NewVersion: versions++; break;
                        default: unchanged++; break;
                    }
                }
                if (stopped)
                    break;
            }
            await ingestor.FlushAsync(checkpoint: true);
        }
        finally
        {
            // However this side ended, the reading thread stops at its next article.
            await done.CancelAsync();
            await producer;
        }
        var summary = new Summary(added, versions, unchanged, failed, stopped || stop.IsCancellationRequested);
        IngestLog.RunEnded(logger, summary.Added, summary.NewVersions, summary.Unchanged, summary.Failed, summary.Stopped);
        return summary;
    }
}
