using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Parallax.Analysis;
using Parallax.Analysis.Quantities;

namespace Parallax.Evaluation;

/// <summary>
/// <c>parallax eval quantities newsquant-dev.json</c>: runs <see cref="QuantityExtractor"/> on each NewsQuant
/// sentence and scores value and value+unit precision, recall and F1 with the matching of CQE's published
/// evaluation (see docs/quantities.md and <see cref="QuantitiesScorer"/>).
/// </summary>
internal sealed class QuantitiesEvaluation : IEvaluationTask
{
    public string Name => "quantities";

    public string Description => "PATH = NewsQuant JSON (sentences with value/unit gold); value and value+unit P/R/F1, sentences/s";

    public EvaluationResult Run(string path, IProgress<int>? progress = null, Action<int>? setTotal = null)
    {
        var sentences = QuantitiesDataset.Read(path);
        setTotal?.Invoke(sentences.Count);
        var predictions = new List<IReadOnlyList<Quantity>>(sentences.Count);
        // Throughput is measured warm: one untimed pass first, so JIT compilation is not counted.
        foreach (var s in sentences)
            QuantityExtractor.Extract(s.Text);
        var watch = Stopwatch.StartNew();
        for (int i = 0; i < sentences.Count; i++)
        {
            predictions.Add(QuantityExtractor.Extract(sentences[i].Text));
            progress?.Report(i + 1);
        }
        watch.Stop();

        var score = new QuantitiesScorer();
        for (int i = 0; i < sentences.Count; i++)
        {
            var model = predictions[i]
                .Select(q => new ScoredQuantity(q.High is { } h ? (q.Value, h) : (q.Value, null), QuantitiesUnitNames.Translate(q.Unit)))
                .ToList();
            score.Add(sentences[i].Gold, model);
        }

        return new EvaluationResult
        {
            Task = Name,
            Dataset = path,
            Metrics =
            [
                new("value_precision", score.ValuePrecision),
                new("value_recall", score.ValueRecall),
                new("value_f1", score.ValueF1),
                new("value_unit_precision", score.UnitPrecision),
                new("value_unit_recall", score.UnitRecall),
                new("value_unit_f1", score.UnitF1),
            ],
            Items = sentences.Count,
            ItemUnit = "sentences",
            Seconds = watch.Elapsed.TotalSeconds,
            Counts =
            [
                new("gold_quantities", score.Gold),
                new("predicted_quantities", score.Predicted),
                new("value_matches", score.ValueMatches),
                new("value_unit_matches", score.UnitMatches),
            ],
        };
    }
}

/// <summary>One quantity as scored: a value or an ordered (low, high) pair, and a NewsQuant unit name.</summary>
internal readonly record struct ScoredQuantity((double Low, double? High) Value, string Unit);

/// <summary>One NewsQuant sentence and its gold quantities.</summary>
internal sealed record QuantitiesSentence(string Text, IReadOnlyList<ScoredQuantity> Gold);

/// <summary>Reads the NewsQuant JSON layout: <c>[{"text", "quantities": [{"value", "normalized_unit", …}]}]</c>.</summary>
internal static class QuantitiesDataset
{
    public static List<QuantitiesSentence> Read(string path)
    {
        if (!File.Exists(path))
            throw new DatasetException("no such file (expected a NewsQuant JSON file such as newsquant-dev.json)");
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(File.ReadAllBytes(path));
        }
        catch (JsonException e)
        {
            throw new DatasetException("not JSON: " + e.Message);
        }
        using (doc)
        {
            if (doc.RootElement.ValueKind != JsonValueKind.Array)
                throw new DatasetException("expected a JSON array of {text, quantities} objects");
            var list = new List<QuantitiesSentence>();
            foreach (var item in doc.RootElement.EnumerateArray())
            {
                if (item.ValueKind != JsonValueKind.Object || !item.TryGetProperty("text", out var text) || text.ValueKind != JsonValueKind.String
                    || !item.TryGetProperty("quantities", out var qs) || qs.ValueKind != JsonValueKind.Array)
                    throw new DatasetException($"item {list.Count + 1} lacks a string 'text' and an array 'quantities'");
                var gold = new List<ScoredQuantity>();
                foreach (var q in qs.EnumerateArray())
                {
                    if (!q.TryGetProperty("value", out var v) || !q.TryGetProperty("normalized_unit", out var u))
                        throw new DatasetException($"item {list.Count + 1}: a quantity lacks 'value' or 'normalized_unit'");
                    gold.Add(new ScoredQuantity(ParseGoldValue(v.ToString()), (u.GetString() ?? "-").ToLowerInvariant()));
                }
                list.Add(new QuantitiesSentence(text.GetString()!, gold));
            }
            return list;
        }
    }

    /// <summary>Gold values are strings: "12.5", "-5.0", "1.99E-29", or a range "252.0-287.0".</summary>
    internal static (double Low, double? High) ParseGoldValue(string value)
    {
        value = value.Trim();
        int dash = value.IndexOf('-', 1);
        if (!value.Contains('E', StringComparison.Ordinal) && !value.StartsWith('-') && dash > 0)
            return (Number(value[..dash]), Number(value[(dash + 1)..]));
        return (Number(value), null);
    }

    private static double Number(string s) =>
        double.TryParse(s.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var d)
            ? d
            : throw new DatasetException($"'{s}' is not a number");
}
