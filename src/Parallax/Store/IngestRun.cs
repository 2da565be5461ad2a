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

    /// <param name="ingestor">Assigns and writes; used on the calling thread only.</param>
    /// <param name="probe">A second, read-only handle on the same store for the reading thread, or null.</param>
    /// <param name="onError">Told of each input that could not be read.</param>
    /// <param name="advance">Told of each input handled.</param>
    /// <param name="stop">Asked between articles whether to stop (an interrupt): the batch in hand is still written.</param>
    /// <param name="logger">Told of each input that could not be read and of the run's end.</param>
    public static Summary Run(Ingestor ingestor, AnalysisPipeline pipeline, IEnumerable<ArticleResult> inputs, IStoryStore? probe,
        Action<InputError> onError, Action<int> advance, Func<bool> stop, Action<IngestResult>? onResult = null, ILogger? logger = null)
    {
        logger ??= NullLogger.Instance;
        var channel = Channel.CreateBounded<(PreparedArticle? Article, InputError? Error)>(
            new BoundedChannelOptions(Lookahead) { SingleReader = true, SingleWriter = true });
        using var done = new CancellationTokenSource();
        var producer = Task.Run(() =>
        {
            try
            {
                foreach (var r in inputs)
                {
                    if (stop() || done.IsCancellationRequested)
                        break;
                    var item = r.Error is { } e ? (null, e) : (Ingestor.Prepare(pipeline, r.Article!, r.Line, probe), (InputError?)null);
                    channel.Writer.WriteAsync(item, done.Token).AsTask().GetAwaiter().GetResult();
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
        });
        int added = 0, versions = 0, unchanged = 0, failed = 0;
        bool stopped = false;
        try
        {
            var reader = channel.Reader;
            while (reader.WaitToReadAsync().AsTask().GetAwaiter().GetResult())
            {
                while (reader.TryRead(out var item))
                {
                    if (stop())
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
                    var result = ingestor.Add(item.Article!);
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
            ingestor.Flush();
        }
        finally
        {
            // However this side ended, the reading thread stops at its next article.
            done.Cancel();
            producer.Wait();
        }
        var summary = new Summary(added, versions, unchanged, failed, stopped || stop());
        IngestLog.RunEnded(logger, summary.Added, summary.NewVersions, summary.Unchanged, summary.Failed, summary.Stopped);
        return summary;
    }
}
