using Parallax.Analysis;
using Parallax.Analysis.Dates;
using Parallax.Analysis.Entities;
using Parallax.Analysis.Quotes;
using Parallax.Analysis.Sentences;
using Parallax.Analysis.Tokens;
using Parallax.Model;

namespace Parallax.Tests.Analysis;

/// <summary>The pipeline's contract: typed layers, declarations checked when built and held while running, immutable documents.</summary>
public sealed class PipelineContractTests
{
    private static readonly Layer<string> Claims = new("claims");
    private static readonly Layer<string> Tags = new("tags");

    private static Article Article(string text = "“We will rebuild the bridge by May,” Mayor Ilse Varga said on Monday.") =>
        new() { Id = "a", Source = "a.txt", Text = text, Published = PublicationDate.FromDay(new DateOnly(2025, 2, 5)) };

    /// <summary>A component made of its declarations and a body, counting its runs.</summary>
    private sealed class Probe(string name, Layer[] requires, Layer[] assigns, Layer[]? readsWhenPresent = null, Action<AnalysisContext>? body = null)
        : IAnalysisComponent
    {
        private int _runs;
        public int Runs => _runs;
        public string Name => name;
        public IReadOnlyList<Layer> Requires => requires;
        public IReadOnlyList<Layer> Assigns => assigns;
        public IReadOnlyList<Layer> ReadsWhenPresent => readsWhenPresent ?? [];

        public void Process(AnalysisContext context)
        {
            Interlocked.Increment(ref _runs);
            if (body is not null)
                body(context);
            else
            {
                foreach (var layer in assigns)
                {
                    if (layer == Claims)
                        context.Set(Claims, ["claim"]);
                    else if (layer == Tags)
                        context.Set(Tags, ["tag"]);
                }
            }
        }
    }

    [Fact]
    public void Build_names_the_component_and_the_missing_layer()
    {
        var builder = new AnalysisPipelineBuilder().Add(new QuoteExtractor());
        var e = Assert.Throws<InvalidOperationException>(() => builder.Build());
        Assert.Contains("'quotes'", e.Message, StringComparison.Ordinal);
        Assert.Contains("'tokens'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_says_when_a_required_layer_comes_only_later()
    {
        var builder = new AnalysisPipelineBuilder().AddDefaults().Remove<SentenceSplitter>().Add(new SentenceSplitter());
        var e = Assert.Throws<InvalidOperationException>(() => builder.Build());
        Assert.Equal("analysis component 'quotes' requires layer 'sentences', which 'sentences' assigns only after it", e.Message);
    }

    [Fact]
    public void Build_rejects_a_layer_assigned_twice_and_one_read_when_present_but_assigned_later()
    {
        var twice = new AnalysisPipelineBuilder().AddDefaults().Add(new Probe("second-entities", [], [Layers.Entities]));
        Assert.Equal("analysis component 'second-entities' assigns layer 'entities', which 'entities' already assigns",
            Assert.Throws<InvalidOperationException>(() => twice.Build()).Message);

        var late = new AnalysisPipelineBuilder().AddDefaults().Remove<EntityRecognizer>().Add(new EntityRecognizer());
        Assert.Equal("analysis component 'quotes' reads layer 'entities' when present, but 'entities' assigns it only after it",
            Assert.Throws<InvalidOperationException>(() => late.Build()).Message);

        // Absent altogether, a layer read when present is fine: quotes then do without entities.
        var doc = new AnalysisPipelineBuilder().AddDefaults().Remove<EntityRecognizer>().Build().Analyze(Article());
        Assert.False(doc.Has(Layers.Entities));
        Assert.Single(doc.Quotes);
    }

    [Fact]
    public void Components_are_placed_by_type()
    {
        var claims = new Probe("claims", [Layers.Quotes], [Claims]);
        var tags = new Probe("tags", [Layers.Tokens], [Tags]);
        var builder = new AnalysisPipelineBuilder().AddDefaults()
            .InsertAfter<QuoteExtractor>(claims)
            .InsertBefore<SentenceSplitter>(tags);
        var names = builder.Components.Select(c => c.Name).ToList();
        Assert.Equal(["tokens", "tags", "sentences", "entities", "quotes", "claims", "citations", "quantities", "dates"], names);

        builder.Replace<TemporalTagger>(new Probe("no-dates", [], [Layers.Dates], body: c => c.Set(Layers.Dates, [])))
            .Remove<Tokenizer>().InsertBefore<SentenceSplitter>(new Tokenizer());
        Assert.Equal(["tags", "tokens", "sentences", "entities", "quotes", "claims", "citations", "quantities", "no-dates"],
            builder.Components.Select(c => c.Name));
        Assert.Throws<InvalidOperationException>(() => builder.Build()); // tags now come before tokens

        var pipeline = builder.Remove<Probe>().Remove<Probe>().InsertAfter<QuoteExtractor>(claims).Build();
        var doc = pipeline.Analyze(Article());
        Assert.Equal(["claim"], doc.Get(Claims));
        Assert.Empty(doc.Dates);
        var missing = Assert.Throws<InvalidOperationException>(() => new AnalysisPipelineBuilder().Remove<QuoteExtractor>());
        Assert.Contains("QuoteExtractor", missing.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_component_reads_only_what_it_declared_and_sets_only_what_it_assigns()
    {
        var sneaky = new Probe("sneaky", [Layers.Tokens], [Claims], body: c =>
        {
            _ = c.Get(Layers.Sentences); // declared nowhere
            c.Set(Claims, []);
        });
        var e = Assert.Throws<InvalidOperationException>(() => new AnalysisPipelineBuilder().AddDefaults().Add(sneaky).Build().Analyze(Article()));
        Assert.Equal("analysis component 'sneaky' reads layer 'sentences' without declaring it (Requires or ReadsWhenPresent)", e.Message);

        var overreach = new Probe("overreach", [], [Claims], body: c => c.Set(Tags, ["x"]));
        e = Assert.Throws<InvalidOperationException>(() => new AnalysisPipelineBuilder().Add(overreach).Build().Analyze(Article()));
        Assert.Equal("analysis component 'overreach' sets layer 'tags' without declaring that it assigns it", e.Message);

        var idle = new Probe("idle", [], [Claims], body: _ => { });
        e = Assert.Throws<InvalidOperationException>(() => new AnalysisPipelineBuilder().Add(idle).Build().Analyze(Article()));
        Assert.Equal("analysis component 'idle' did not set layer 'claims', which it assigns", e.Message);

        var dateless = new Probe("dateless", [], [Claims], body: c => c.Set(Claims, [c.ReferenceDate?.ToIso() ?? "-"]));
        Assert.Throws<InvalidOperationException>(() => new AnalysisPipelineBuilder().Add(dateless).Build().Analyze(Article()));
    }

    [Fact]
    public void Documents_are_immutable_and_changes_make_new_ones()
    {
        var doc = AnalysisPipeline.CreateDefault().Analyze(Article());
        Assert.True(doc.Has(Layers.Tokens));
        Assert.Equal(doc.Get(Layers.Quotes), doc.Quotes);
        Assert.IsNotType<List<Quote>>(new AnalyzedArticle(doc.Article).With(Layers.Quotes, doc.Quotes).Quotes);

        var without = doc.Without(Layers.Quotes);
        Assert.False(without.Has(Layers.Quotes));
        Assert.Empty(without.Quotes);
        Assert.Throws<InvalidOperationException>(() => without.Get(Layers.Quotes));
        Assert.Single(doc.Quotes);

        var redated = doc.WithReferenceDate(null);
        Assert.Null(redated.ReferenceDate);
        Assert.Equal("2025-02-05", doc.ReferenceDate?.ToIso());
        Assert.Throws<ArgumentException>(() => doc.WithArticle(doc.Article with { Text = "other" }));
        Assert.Equal("Retitled", doc.WithArticle(doc.Article with { Title = "Retitled" }).Article.Title);
    }

    [Fact]
    public void Reanalyze_runs_only_what_depends_on_the_change_and_leaves_the_document_alone()
    {
        var onQuotes = new Probe("on-quotes", [Layers.Quotes], [Claims]);
        var onClaims = new Probe("on-claims", [Claims], [Tags]);
        var pipeline = new AnalysisPipelineBuilder().AddDefaults().Add(onQuotes).Add(onClaims).Build();
        Assert.Equal(["dates"], pipeline.Dependents([Layers.ReferenceDate]).Select(c => c.Name));
        Assert.Equal(["quotes", "on-quotes", "on-claims"], pipeline.Dependents([Layers.Entities]).Select(c => c.Name));

        var doc = pipeline.Analyze(Article());
        Assert.Equal(1, onQuotes.Runs);
        var monday = doc.Dates.Single(d => d.Text.Contains("Monday", StringComparison.Ordinal));
        Assert.Equal("2025-02-03", monday.Value);

        var later = pipeline.Reanalyze(doc.WithReferenceDate(PublicationDate.FromDay(new DateOnly(2025, 3, 12))), [Layers.ReferenceDate]);
        Assert.Equal(1, onQuotes.Runs); // quotes do not read the date
        Assert.Equal("2025-03-10", later.Dates.Single(d => d.Text.Contains("Monday", StringComparison.Ordinal)).Value);
        Assert.Same(doc.Quotes, later.Quotes);
        Assert.Equal("2025-02-03", doc.Dates.Single(d => d.Text.Contains("Monday", StringComparison.Ordinal)).Value);

        var renamed = pipeline.Reanalyze(doc, [Layers.Entities]);
        Assert.Equal(2, onQuotes.Runs);
        Assert.Equal(2, onClaims.Runs);
        Assert.Same(doc, pipeline.Reanalyze(doc, [Tags]));
    }

    [Fact]
    public void One_pipeline_serves_many_threads_with_the_same_results()
    {
        var pipeline = AnalysisPipeline.CreateDefault();
        var texts = Enumerable.Range(0, 40).Select(i => $"“We will rebuild {i} bridges by May,” Mayor Ilse Varga said on Monday, Radio Tarn reported.").ToList();
        var once = texts.Select(t => pipeline.Analyze(Article(t))).ToList();
        var parallel = new AnalyzedArticle[texts.Count];
        Parallel.For(0, texts.Count, i => parallel[i] = pipeline.Analyze(Article(texts[i])));
        for (int i = 0; i < texts.Count; i++)
        {
            Assert.Equal(once[i].Quotes, parallel[i].Quotes);
            Assert.Equal(once[i].Quantities.Select(q => q.Value), parallel[i].Quantities.Select(q => q.Value));
            Assert.Equal(once[i].Citations, parallel[i].Citations);
            Assert.Equal(once[i].Tokens, parallel[i].Tokens);
        }
    }
}
