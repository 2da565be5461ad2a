using System.Diagnostics;
using System.Text.Json;
using Parallax.Evaluation;

namespace Parallax.Analysis.Entities;

/// <summary>
/// <c>parallax eval entities PATH</c>. PATH is a folder of entity spec files (precision, recall, F1 and
/// role accuracy over their hand-labelled mentions) or a JSONL file of articles with a <c>text</c> field
/// (throughput, and mentions per article by type; there is no gold there).
/// </summary>
internal sealed class EntitiesEvaluationTask : IEvaluationTask
{
    /// <summary>Passes over a JSONL file, so the timing is not one cold pass.</summary>
    private const int ThroughputPasses = 3;

    public string Name => "entities";

    public string Description => "PATH = folder of *.spec entity specs (precision/recall/F1) or a JSONL of articles (speed)";

    public EvaluationResult Run(string path, IProgress<int>? progress = null, Action<int>? setTotal = null)
    {
        // Build the gazetteers before any timing starts.
        _ = EntityLexicon.Instance;
        if (Directory.Exists(path))
            return RunSpecs(path, progress, setTotal);
        if (File.Exists(path))
            return RunThroughput(path, progress, setTotal);
        throw new DatasetException("no such folder of .spec files or JSONL file");
    }

    private EvaluationResult RunSpecs(string folder, IProgress<int>? progress, Action<int>? setTotal)
    {
        var cases = EntitySpecs.ReadFolder(folder).ToList();
        if (cases.Count == 0)
            throw new DatasetException("no *.spec cases in this folder");
        setTotal?.Invoke(cases.Count);
        var watch = new Stopwatch();
        var done = 0;
        var score = EntitySpecs.Score(cases, snippet =>
        {
            watch.Start();
            var mentions = EntityRecognizer.Recognize(snippet);
            watch.Stop();
            progress?.Report(++done);
            return mentions;
        });
        return new EvaluationResult
        {
            Task = Name,
            Dataset = folder,
            Metrics =
            [
                new("precision", score.Precision),
                new("recall", score.Recall),
                new("f1", score.F1),
                new("role_accuracy", score.RoleAccuracy),
            ],
            Items = cases.Count,
            ItemUnit = "cases",
            Seconds = watch.Elapsed.TotalSeconds,
            Counts = [new("expected", score.Expected), new("found", score.Found), new("right", score.Right)],
        };
    }

    private EvaluationResult RunThroughput(string file, IProgress<int>? progress, Action<int>? setTotal)
    {
        var texts = new List<string>();
        foreach (var line in File.ReadLines(file))
        {
            if (line.Length == 0)
                continue;
            try
            {
                using var doc = JsonDocument.Parse(line);
                if (doc.RootElement.TryGetProperty("text", out var text) && text.ValueKind == JsonValueKind.String)
                    texts.Add(text.GetString()!);
            }
            catch (JsonException e)
            {
                throw new DatasetException($"not JSONL with a text field: {e.Message}");
            }
        }
        if (texts.Count == 0)
            throw new DatasetException("no lines with a text field");
        setTotal?.Invoke(texts.Count * ThroughputPasses);
        var counts = new long[Enum.GetValues<EntityType>().Length];
        long words = 0;
        foreach (var t in texts)
            words += t.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        var done = 0;
        for (var pass = 0; pass < ThroughputPasses; pass++)
        {
            foreach (var text in texts)
            {
                foreach (var m in EntityRecognizer.Recognize(text))
                {
                    if (pass == 0)
                        counts[(int)m.Type]++;
                }
                progress?.Report(++done);
            }
        }
        watch.Stop();
        // Processor time says how fast one core is when the machine is shared (wall time then says little).
        var cpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalSeconds;
        double n = texts.Count;
        return new EvaluationResult
        {
            Task = Name,
            Dataset = file,
            Metrics =
            [
                new("persons_per_article", counts[(int)EntityType.Person] / n),
                new("organizations_per_article", counts[(int)EntityType.Organization] / n),
                new("places_per_article", counts[(int)EntityType.Place] / n),
            ],
            Items = texts.Count * ThroughputPasses,
            ItemUnit = "articles",
            Seconds = watch.Elapsed.TotalSeconds,
            Counts =
            [
                new("articles", n),
                new("words_per_article", Math.Round(words / n, 1)),
                new("words_per_second", Math.Round(words * ThroughputPasses / watch.Elapsed.TotalSeconds)),
                new("articles_per_cpu_second", Math.Round(texts.Count * ThroughputPasses / Math.Max(cpuSeconds, 1e-9))),
            ],
        };
    }
}
