using System.Diagnostics;
using Parallax.Analysis;
using Parallax.Bench.Data;
using Parallax.Comparison;
using Parallax.Comparison.Exclusives;
using Parallax.Comparison.Figures;
using Parallax.Comparison.Framing;
using Parallax.Comparison.Quotes;
using Parallax.Extraction;
using Parallax.Model;
using Parallax.Stories;

namespace Parallax.Bench.Comparison;

/// <summary>
/// <c>compare-profile [N] [ROUNDS]</c>: where a one-story compare of N articles spends its time, stage by
/// stage (quote alignment, figure grouping, framing, exclusives, the whole report). A breakdown to decide
/// what to optimise; the figure to quote stays BenchmarkDotNet's CompareOneStory.
/// </summary>
internal static class CompareProfile
{
    public static int Run(string[] args, string datasets)
    {
        Environment.SetEnvironmentVariable(DatasetLocator.EnvironmentVariable, datasets);
        var n = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 50;
        var rounds = args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 20;
        var pipeline = AnalysisPipeline.CreateDefault();
        var extractor = new ArticleExtractor();
        var articles = BenchData.JsonlArticles("fakes", n)
            .Select(a => pipeline.Analyze(extractor.Extract(
                new RawDocument("fakes.jsonl", DocumentFormat.PlainText, a.Text)
                {
                    Given = new GivenFields { Id = a.Id, Title = a.Title, TextIsClean = true },
                })))
            .ToArray();
        var quotes = new QuoteAligner();
        var figures = new FigureGrouper();
        (string Name, Func<int> Work)[] stages =
        [
            ("quotes", () => quotes.Align(articles).Count),
            ("figures", () => figures.Group(articles).Count),
            ("framing", () => FramingTable.Count(articles).Count),
            ("exclusives", () => ExclusiveFinder.Find(articles).Count),
            ("compare (all four)", () => new StoryComparer().Compare(articles).QuoteGroups.Count),
            ("report (group+compare)", () => new ReportBuilder().Build(StoryBatch.Group(articles, pipeline)).Stories.Count),
        ];
        Console.WriteLine($"{n} articles, {rounds} rounds after 3 warm-up rounds; processor time per round, median and minimum");
        using var process = Process.GetCurrentProcess();
        foreach (var (name, work) in stages)
        {
            for (var i = 0; i < 3; i++) work();
            var times = new double[rounds];
            for (var i = 0; i < rounds; i++)
            {
                // Processor time, not wall time: on a shared machine it moves far less with the other processes' load.
                var before = process.TotalProcessorTime;
                work();
                process.Refresh();
                times[i] = (process.TotalProcessorTime - before).TotalMilliseconds;
            }
            Array.Sort(times);
            Console.WriteLine($"  {name,-24} median {times[rounds / 2],8:F1} ms   min {times[0],8:F1} ms");
        }
        return 0;
    }
}
