using Parallax.Analysis;
using Parallax.Ingestion;
using Parallax.Storage.Sqlite;
using Parallax.Store;
using Parallax.Tests.Store;
using Parallax.Tests.Support;

namespace Parallax.Tests.Ingestion;

public sealed class IngestRunTests : IDisposable
{
    private static readonly AnalysisPipeline Pipeline = AnalysisPipeline.CreateDefault();
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    /// <summary>The five articles of the ingest tests as files 00..04, and an empty file read between 01 and 02.</summary>
    private string Inputs()
    {
        var articles = IngestorTests.Stream();
        for (int i = 0; i < articles.Count; i++)
            _dir.File($"in/{i:D2}.txt", $"{articles[i].Title}\n\n{articles[i].Text}");
        _dir.File("in/02-bad.txt", "");
        return _dir.Combine("in");
    }

    [Fact]
    public async Task Progress_comes_once_per_input_in_order_with_its_outcome_and_the_running_counts()
    {
        var folder = Inputs();
        await using var store = await new SqliteEngine().OpenWriterAsync(_dir.Combine("a.db"));
        using var ingestor = await Ingestor.OpenAsync(store, Pipeline, batchSize: 3);
        var reports = new List<IngestProgress>();
        var summary = await IngestRun.RunAsync(ingestor, Pipeline, new PathSource([folder]), null,
            new InlineProgress<IngestProgress>(reports.Add), CancellationToken.None);

        Assert.Equal(Enumerable.Range(1, 6), reports.Select(r => r.Handled));
        var bad = Assert.Single(reports, r => r.Error is not null);
        Assert.Equal(3, bad.Handled); // 00, 01, 02-bad, 02, 03, 04: ordinal path order
        Assert.EndsWith("02-bad.txt", bad.Error!.Source, StringComparison.Ordinal);
        Assert.All(reports.Where(r => r.Error is null), r => Assert.NotNull(r.Result));
        var last = reports[^1];
        Assert.Equal((summary.Added, summary.NewVersions, summary.Unchanged, summary.Failed), (last.Added, last.NewVersions, last.Unchanged, last.Failed));
        Assert.Equal((5, 1, false), (summary.Added, summary.Failed, summary.Stopped));
        Assert.Equal(5, (await store.CountsAsync()).Articles);
    }

    [Fact]
    public async Task A_stop_ends_the_run_between_articles_with_what_was_handled_stored()
    {
        var folder = Inputs();
        await using var store = await new SqliteEngine().OpenWriterAsync(_dir.Combine("b.db"));
        using var ingestor = await Ingestor.OpenAsync(store, Pipeline, batchSize: 50);
        using var stop = new CancellationTokenSource();
        var progress = new InlineProgress<IngestProgress>(p =>
        {
            if (p.Handled == 4)
                stop.Cancel();
        });
        var summary = await IngestRun.RunAsync(ingestor, Pipeline, new PathSource([folder]), null, progress, stop.Token);

        Assert.True(summary.Stopped);
        Assert.Equal((3, 1), (summary.Added, summary.Failed));
        Assert.Equal(3, (await store.CountsAsync()).Articles); // the batch in hand was written
    }
}
