using System.Diagnostics;
using System.Text.Json;
using Parallax.Analysis;
using Parallax.Comparison;
using Parallax.Extraction;
using Parallax.Rendering;
using Parallax.Stories;

namespace Parallax.Tests.Fuzzing;

/// <summary>One input the pipeline did not survive: what went wrong and where the input was saved.</summary>
internal sealed record FuzzFailure(int Index, string Kind, string Detail, string SavedAs);

/// <summary>What a fuzzing run did.</summary>
internal sealed record FuzzRun(int Inputs, int Articles, int Refused, TimeSpan Slowest, TimeSpan Total, List<FuzzFailure> Failures);

/// <summary>
/// Runs mutated inputs through everything a user's file meets — reading and decoding, extraction, analysis, story
/// grouping, comparison, and the text, Markdown, HTML and JSON reports — and records every input that throws, that
/// extraction reports as a crash ("could not extract an article (SomeException"), or that exceeds the time budget.
/// Failing inputs are saved so each can become a regression test. A run is reproducible from its seed.
/// </summary>
internal sealed class PipelineFuzzer
{
    private static readonly string[] Extensions = [".txt", ".html", ".jsonl"];

    private readonly List<(byte[] Bytes, string Extension)> _corpus;
    private readonly AnalysisPipeline _pipeline = AnalysisPipeline.CreateDefault();
    private readonly string _scratch;
    private readonly string _failures;

    public PipelineFuzzer(IEnumerable<string> corpusFiles, string scratch, string failures)
    {
        _corpus = [.. corpusFiles.Select(f => (File.ReadAllBytes(f), Path.GetExtension(f)))];
        if (_corpus.Count == 0)
            throw new ArgumentException("the fuzzing corpus is empty", nameof(corpusFiles));
        _scratch = scratch;
        _failures = failures;
        Directory.CreateDirectory(scratch);
    }

    /// <summary>
    /// Runs <paramref name="count"/> inputs from <paramref name="seed"/>, stopping early at <paramref name="deadline"/>
    /// or at the first input over <paramref name="budget"/> (a runaway input cannot be stopped, so the run ends there).
    /// </summary>
    public FuzzRun Run(int seed, int count, TimeSpan budget, DateTime deadline)
    {
        var mutator = new Mutator(seed);
        var random = new Random(seed ^ 0x5f3759df);
        var failures = new List<FuzzFailure>();
        int articles = 0, refused = 0, done = 0;
        var slowest = TimeSpan.Zero;
        var total = TimeSpan.Zero;
        for (int i = 0; i < count && DateTime.UtcNow < deadline; i++, done++)
        {
            var (bytes, ext) = _corpus[random.Next(_corpus.Count)];
            var other = _corpus[random.Next(_corpus.Count)].Bytes;
            var input = mutator.Mutate(bytes, other);
            // Now and then the same bytes under another extension: a page read as text, text read as JSONL.
            var extension = random.Next(8) == 0 ? Extensions[random.Next(Extensions.Length)] : ext;
            var path = Path.Combine(_scratch, $"input-{i}{extension}");
            File.WriteAllBytes(path, input);

            var watch = Stopwatch.StartNew();
            var task = Task.Run(() => Once(path));
            bool finished = task.Wait(budget);
            watch.Stop();
            total += watch.Elapsed;
            if (watch.Elapsed > slowest)
                slowest = watch.Elapsed;
            if (!finished)
            {
                failures.Add(new FuzzFailure(i, "hang", $"over {budget.TotalSeconds:0} s", Save(path, seed, i)));
                break;
            }
            if (task.Exception is { } e)
            {
                var inner = e.InnerException ?? e;
                failures.Add(new FuzzFailure(i, "crash", $"{inner.GetType().Name}: {inner.Message}", Save(path, seed, i)));
                continue;
            }
            var (read, crashes, errors) = task.Result;
            articles += read;
            refused += errors;
            foreach (var crash in crashes)
                failures.Add(new FuzzFailure(i, "swallowed crash", crash, Save(path, seed, i)));
            File.Delete(path);
        }
        return new FuzzRun(done, articles, refused, slowest, total, failures);
    }

    /// <summary>The whole pipeline on one file: how many articles were read, extraction crashes, documents refused.</summary>
    private (int Articles, List<string> Crashes, int Refused) Once(string path)
    {
        var crashes = new List<string>();
        var analyzed = new List<AnalyzedArticle>();
        int refused = 0;
        foreach (var result in new ArticleReader().Read([path]))
        {
            if (result.Error is { } error)
            {
                refused++;
                // The reader turns an extraction exception into an error line: for the fuzzer it is a crash.
                if (error.Reason.Contains("could not extract an article (", StringComparison.Ordinal))
                    crashes.Add(error.Reason);
                continue;
            }
            analyzed.Add(_pipeline.Analyze(result.Article!));
        }
        if (analyzed.Count == 0)
            return (0, crashes, refused);
        var report = new ReportBuilder().Build(StoryBatch.Group(analyzed, _pipeline));
        TextReportRenderer.Write(report, TextWriter.Null);
        MarkdownReportRenderer.Write(report, TextWriter.Null);
        var html = new StringWriter();
        HtmlReportRenderer.Write(report, html);
        foreach (var a in report.Articles)
            HtmlReportRenderer.Highlight(a);
        // The JSON report must parse back.
        using (JsonDocument.Parse(ReportJson.Serialize(report)))
        {
        }
        return (analyzed.Count, crashes, refused);
    }

    private string Save(string path, int seed, int index)
    {
        Directory.CreateDirectory(_failures);
        var saved = Path.Combine(_failures, $"seed{seed}-{index}{Path.GetExtension(path)}");
        File.Copy(path, saved, overwrite: true);
        return saved;
    }
}
