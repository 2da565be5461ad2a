using Parallax.Analysis;
using Parallax.Analysis.Dates;
using Parallax.Model;
using Parallax.Stories;

namespace Parallax.Tests.Stories;

public sealed class StoryPassTests
{
    /// <summary>The shipped pipeline with the date tagger wrapped so its runs can be counted.</summary>
    private sealed class CountingDates : IAnalysisComponent
    {
        private readonly TemporalTagger _inner = new();
        private int _runs;
        public int Runs => _runs;
        public string Name => _inner.Name;
        public IReadOnlyList<Layer> Requires => _inner.Requires;
        public IReadOnlyList<Layer> Assigns => _inner.Assigns;
        public IReadOnlyList<Layer> ReadsWhenPresent => _inner.ReadsWhenPresent;

        public void Process(AnalysisContext context)
        {
            Interlocked.Increment(ref _runs);
            _inner.Process(context);
        }
    }

    private static Article Article(string id, string text, DateOnly? day = null) =>
        new() { Id = id, Source = id + ".txt", Text = text, Title = "Harbour treaty", Published = day is { } d ? PublicationDate.FromDay(d) : null };

    [Fact]
    public void The_pass_returns_new_documents_rerunning_only_the_date_tagger_and_leaves_its_input_alone()
    {
        var dates = new CountingDates();
        var pipeline = new AnalysisPipelineBuilder().AddDefaults().Replace<TemporalTagger>(dates).Build();
        var dated = pipeline.Analyze(Article("a", "President Anton Velk of Ostmark signed the harbour treaty on Friday in Lerin.", new DateOnly(2024, 5, 10)));
        var undated = pipeline.Analyze(Article("b", "“The harbour is open to all,” Velk said after the treaty was signed on Friday."));
        Assert.Equal(2, dates.Runs);
        var beforeQuotes = undated.Quotes;
        Assert.Equal("Velk", Assert.Single(beforeQuotes).Speaker);
        Assert.Null(undated.Dates.Single(d => d.Text.Contains("Friday", StringComparison.Ordinal)).Value);

        var after = new StoryPass(pipeline).Apply([dated, undated]);

        Assert.Equal(3, dates.Runs); // the undated article's dates only: nothing else reads the date
        var b = after[1];
        Assert.Equal("2024-05-10", b.Article.Published?.ToIso());
        Assert.Equal(StoryDates.Origin, b.Article.Origins["Published"]);
        Assert.Equal("2024-05-10", b.Dates.Single(d => d.Text.Contains("Friday", StringComparison.Ordinal)).Value);
        Assert.Equal("Anton Velk", Assert.Single(b.Quotes).Speaker);
        Assert.Contains(b.Entities, e => e.Name == "Anton Velk" && e.Text == "Velk");
        Assert.Same(dated, after[0]); // nothing in it changed

        // The input documents are as they were.
        Assert.Null(undated.Article.Published);
        Assert.Null(undated.Dates.Single(d => d.Text.Contains("Friday", StringComparison.Ordinal)).Value);
        Assert.Same(beforeQuotes, undated.Quotes);
        Assert.Equal("Velk", undated.Quotes[0].Speaker);
        Assert.DoesNotContain(undated.Entities, e => e.Name == "Anton Velk");
    }

    [Fact]
    public void Batches_keep_input_order_and_pass_each_story_on_its_own()
    {
        var pipeline = AnalysisPipeline.CreateDefault();
        var docs = new[]
        {
            pipeline.Analyze(Article("a", "President Anton Velk of Ostmark signed the harbour treaty on Friday in Lerin.", new DateOnly(2024, 5, 10))),
            pipeline.Analyze(Article("b", "Velk said the harbour treaty signed in Lerin on Friday opens the port of Ostmark.")),
            pipeline.Analyze(Article("c", "The Tarn river flooded three villages after heavy rain, rescuers said.", new DateOnly(2024, 5, 12))),
        };
        var batch = StoryBatch.Group(docs, pipeline, lines: [1, 2, null]);
        Assert.Equal(["a", "b", "c"], batch.Articles.Select(a => a.Article.Id));
        Assert.Equal(batch.Stories.Count, batch.StoryIds.Count);
        Assert.Equal("s1", batch.StoryIds[0]);
        Assert.Equal([1, 2, null], batch.Lines!);
        Assert.Null(docs[1].Article.Published);

        var alone = StoryBatch.Of(docs, [[0], [1], [2]], ["s7", "s8", "s9"], pipeline);
        Assert.Null(alone.Articles[1].Article.Published); // no dated article in its own story
        Assert.Same(docs[2], alone.Articles[2]);
        Assert.Throws<ArgumentException>(() => StoryBatch.Of(docs, [[0, 1, 2]], ["s1", "s2"], pipeline));
    }
}
