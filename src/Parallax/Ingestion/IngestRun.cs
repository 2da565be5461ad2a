using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Parallax.Analysis;
using Parallax.Extraction;
using Parallax.Extraction.Inputs;
using Parallax.Store;

namespace Parallax.Ingestion;

/// <summary>
/// One ingest of a document source on two flows: one reads, extracts and analyses ahead (skipping the
/// analysis of content the store already holds), the other assigns stories and writes, in arrival order.
/// Used by <c>parallax ingest</c> and by the web UI's uploads.
/// </summary>
public static class IngestRun
{
    /// <summary>How many prepared articles may wait between the two threads.</summary>
    private const int Lookahead = 256;

    /// <summary>What an ingest did.</summary>
    /// <param name="Added">Articles new to the store.</param>
    /// <param name="NewVersions">Changed pages stored as new versions.</param>
    /// <param name="Unchanged">Articles the store already held.</param>
    /// <param name="Failed">Inputs that could not be read.</param>
    /// <param name="Stopped">Whether the run was stopped before the source's end.</param>
    public sealed record Summary(int Added, int NewVersions, int Unchanged, int Failed, bool Stopped);

    /// <summary>Ingests the documents of <paramref name="source"/>: extraction, analysis, story assignment and batched writes.</summary>
    /// <param name="ingestor">Assigns and writes; used on the calling flow only.</param>
    /// <param name="pipeline">Analyses each article the store does not hold yet.</param>
    /// <param name="source">The documents.</param>
    /// <param name="probe">A second, read-only handle on the same store for the reading flow, or null.</param>
    /// <param name="progress">Told of each input handled, in order, with its outcome or error.</param>
    /// <param name="stop">Checked between articles (an interrupt): once cancelled, the batch in hand is still written and the run ends.</param>
    /// <param name="logger">Told of each input that could not be read and of the run's end.</param>
    /// <param name="reader">Extracts the articles (its input settings are the source's business).</param>
    public static Task<Summary> RunAsync(Ingestor ingestor, AnalysisPipeline pipeline, IDocumentSource source, IStoryReader? probe,
        IProgress<IngestProgress>? progress, CancellationToken stop, ILogger? logger = null, ArticleReader? reader = null) =>
        RunArticlesAsync(ingestor, pipeline, (reader ?? new ArticleReader()).ReadAsync(source.ReadAsync(stop), stop), probe, progress, stop, logger);

    /// <summary>
    /// The article without its publication date when that lies implausibly far in the future (a bad clock or a
    /// misread date would otherwise put it at the top of every listing); <paramref name="dropped"/> is the date dropped, or null.
    /// </summary>
    internal static Model.Article WithoutFutureDate(Model.Article article, DateTime now, out string? dropped)
    {
        dropped = null;
        if (article.Published is not { } published || !FuturePublished.IsBeyond(published, now))
            return article;
        dropped = published.ToIso();
        return article with
        {
            Published = null,
            Origins = article.Origins.Where(o => !o.Key.Equals(nameof(Model.Article.Published), StringComparison.OrdinalIgnoreCase)).ToDictionary(o => o.Key, o => o.Value, StringComparer.Ordinal),
        };
    }

    /// <summary>Ingests articles already extracted (see <see cref="RunAsync"/>).</summary>
    internal static async Task<Summary> RunArticlesAsync(Ingestor ingestor, AnalysisPipeline pipeline, IAsyncEnumerable<ArticleResult> inputs,
        IStoryReader? probe, IProgress<IngestProgress>? progress, CancellationToken stop, ILogger? logger = null)
    {
        logger ??= NullLogger.Instance;
        var channel = Channel.CreateBounded<(PreparedArticle? Article, InputError? Error)>(
            new BoundedChannelOptions(Lookahead) { SingleReader = true, SingleWriter = true });
        using var done = CancellationTokenSource.CreateLinkedTokenSource(stop);
        var producer = Task.Run(async () =>
        {
            try
            {
                await foreach (var r in inputs.WithCancellation(done.Token))
                {
                    if (r.Warning is { } cut)
                        IngestLog.InputWarning(logger, cut.Source, cut.Reason);
                    var article = r.Article;
                    if (article is not null)
                    {
                        article = WithoutFutureDate(article, DateTime.UtcNow, out var dropped);
                        if (dropped is not null)
                            IngestLog.FuturePublishedDropped(logger, article.Id, dropped);
                    }
                    var item = r.Error is { } e ? (null, e) : (await Ingestor.PrepareAsync(pipeline, article!, r.Line, probe, done.Token), (InputError?)null);
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
        int handled = 0, added = 0, versions = 0, unchanged = 0, failed = 0;
        bool stopped = false;
        try
        {
            var reader = channel.Reader;
            var chunk = new List<(PreparedArticle? Article, InputError? Error)>(Lookahead);
            var ready = new List<PreparedArticle>(Lookahead);
            // The writing side never passes the stop token to the store: an interrupt ends the run between
            // articles, and the batch in hand is written whole.
            while (await reader.WaitToReadAsync(CancellationToken.None))
            {
                // What is ready is looked up in the store in one go (one round trip on a server engine), then added in order.
                chunk.Clear();
                ready.Clear();
                while (chunk.Count < Lookahead && reader.TryRead(out var next))
                {
                    chunk.Add(next);
                    if (next.Article is { } a)
                        ready.Add(a);
                }
                if (!stop.IsCancellationRequested)
                    await ingestor.PrefetchAsync(ready);
                foreach (var item in chunk)
                {
                    if (stop.IsCancellationRequested)
                    {
                        stopped = true;
                        break;
                    }
                    handled++;
                    if (item.Error is { } e)
                    {
                        failed++;
                        IngestLog.InputFailed(logger, e.Source, e.Reason);
                        progress?.Report(new IngestProgress(handled, added, versions, unchanged, failed, null, e));
                        continue;
                    }
                    var result = await ingestor.AddPreparedAsync(item.Article!);
                    switch (result.Outcome)
                    {
                        case IngestOutcome.Added: added++; break;
                        case IngestOutcome.NewVersion: versions++; break;
                        default: unchanged++; break;
                    }
                    progress?.Report(new IngestProgress(handled, added, versions, unchanged, failed, result, null));
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
