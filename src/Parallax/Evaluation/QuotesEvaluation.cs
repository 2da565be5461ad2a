using System.Diagnostics;
using Parallax.Analysis;
using Parallax.Model;

namespace Parallax.Evaluation;

/// <summary>
/// <c>parallax eval quotes PATH</c> on PolNeAR (brat: <c>text/NAME.txt</c>, <c>attributions/NAME_ANNOTATOR.ann</c>).
/// Gold direct quotes are the attributions whose Content contains a double quote mark. A predicted direct quote
/// matches a gold content when their overlap is at least <see cref="MinOverlapShare"/> of the shorter of the two.
/// Precision: predicted direct quotes matching some gold direct content; recall: gold direct contents matched by
/// some predicted quote; speaker accuracy: of matched gold quotes that have a Source, the share whose best-overlapping
/// predicted quote has a SpeakerSpan overlapping that Source. See docs/quotes.md.
/// </summary>
internal sealed class QuotesEvaluation : IEvaluationTask
{
    /// <summary>Overlap needed for a match, as a share of the shorter span.</summary>
    public const double MinOverlapShare = 0.5;

    /// <summary>Characters that make a gold Content a direct quote.</summary>
    private static readonly System.Buffers.SearchValues<char> DoubleQuoteMarks = System.Buffers.SearchValues.Create("\"“”„«»");

    public string Name => "quotes";

    /// <summary>When set to a file path, the scorer writes every matched quote whose speaker is wrong or missing there (TSV).</summary>
    public const string ErrorsVariable = "PARALLAX_QUOTES_ERRORS";

    private static string Clean(string text, int start, int end) => text[start..end].Replace('\n', ' ').Replace('\t', ' ');

    public string Description => "PolNeAR folder with text/ and attributions/: direct-quote content P/R/F1 and speaker-span accuracy";

    public EvaluationResult Run(string path, IProgress<int>? progress = null, Action<int>? setTotal = null)
    {
        var pairs = ReadPairs(path);
        setTotal?.Invoke(pairs.Count);
        var pipeline = QuotePipeline();
        int predicted = 0, predictedMatched = 0, gold = 0, goldMatched = 0, withSource = 0, speakerHits = 0;
        double seconds = 0;
        var errorsPath = Environment.GetEnvironmentVariable(ErrorsVariable);
        using var errors = string.IsNullOrEmpty(errorsPath) ? null : new StreamWriter(errorsPath);
        errors?.WriteLine("article\tgold_source\tsystem_speaker\tcontext");
        foreach (var (textPath, annPath) in pairs)
        {
            var text = File.ReadAllText(textPath);
            var ann = BratAnnotations.Parse(File.ReadAllText(annPath));
            var article = new Article { Id = Path.GetFileNameWithoutExtension(textPath), Source = textPath, Text = text };
            var watch = Stopwatch.StartNew();
            var analyzed = pipeline.Analyze(article);
            seconds += watch.Elapsed.TotalSeconds;
            var quotes = analyzed.Quotes.Where(q => q.Direct).ToList();
            var golds = new List<(BratSpan Content, BratSpan? Source)>();
            foreach (var e in ann.Events)
            {
                var content = ann.Argument(e, "Content");
                if (content is null || !content.Fragments.Any(f => f.End <= text.Length && text.AsSpan(f.Start, f.Length).IndexOfAny(DoubleQuoteMarks) >= 0))
                    continue;
                golds.Add((content, ann.Argument(e, "Source")));
            }
            predicted += quotes.Count;
            predictedMatched += quotes.Count(q => golds.Any(g => Matches(q.Span, g.Content)));
            gold += golds.Count;
            foreach (var (content, source) in golds)
            {
                var best = quotes.Where(q => Matches(q.Span, content)).OrderByDescending(q => content.Overlap(q.Span)).FirstOrDefault();
                if (best is null)
                    continue;
                goldMatched++;
                if (source is null)
                    continue;
                withSource++;
                if (best.SpeakerSpan is { } sp && source.Overlaps(sp))
                    speakerHits++;
                else
                    errors?.WriteLine(string.Join('\t', article.Id, Clean(text, source.Fragments[0].Start, source.Fragments[^1].End), best.SpeakerSpan is { } miss ? Clean(text, miss.Start, miss.End) : "(none)",
                        Clean(text, Math.Max(0, content.Fragments[0].Start - 80), Math.Min(text.Length, content.Fragments[^1].End + 80))));
            }
            progress?.Report(1);
        }
        double p = predicted == 0 ? 0 : (double)predictedMatched / predicted;
        double r = gold == 0 ? 0 : (double)goldMatched / gold;
        double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
        return new EvaluationResult
        {
            Task = Name,
            Dataset = path,
            Metrics =
            [
                new("precision", p), new("recall", r), new("f1", f),
                new("speaker_accuracy", withSource == 0 ? 0 : (double)speakerHits / withSource),
            ],
            Items = pairs.Count,
            ItemUnit = "articles",
            Seconds = seconds,
            Counts = [new("gold_direct", gold), new("predicted_direct", predicted), new("matched_with_source", withSource)],
        };
    }

    internal static bool Matches(TextSpan predicted, BratSpan gold) =>
        gold.Overlap(predicted) >= MinOverlapShare * Math.Min(predicted.Length, gold.Length) && gold.Overlap(predicted) > 0;

    /// <summary>The default pipeline up to and including the component that assigns quotes.</summary>
    private static AnalysisPipeline QuotePipeline()
    {
        var builder = new AnalysisPipelineBuilder();
        foreach (var c in AnalysisPipeline.CreateDefault().Components)
        {
            builder.Add(c);
            if (c.Assigns.Contains(Layers.Quotes))
                break;
        }
        return builder.Build();
    }

    /// <summary>Pairs each <c>attributions/NAME_ANNOTATOR.ann</c> with <c>text/NAME.txt</c>; one annotation file per text (the first by name).</summary>
    private static List<(string Text, string Ann)> ReadPairs(string path)
    {
        var textDir = Path.Combine(path, "text");
        var annDir = Path.Combine(path, "attributions");
        if (!Directory.Exists(textDir) || !Directory.Exists(annDir))
            throw new DatasetException("expected a PolNeAR split folder with text/ and attributions/ inside");
        var pairs = new List<(string, string)>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var ann in Directory.GetFiles(annDir, "*.ann").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileNameWithoutExtension(ann);
            int underscore = name.LastIndexOf('_');
            var stem = underscore > 0 ? name[..underscore] : name;
            var text = Path.Combine(textDir, stem + ".txt");
            if (File.Exists(text) && seen.Add(stem))
                pairs.Add((text, ann));
        }
        if (pairs.Count == 0)
            throw new DatasetException("no attributions/*.ann file has its text/*.txt");
        return pairs;
    }
}
