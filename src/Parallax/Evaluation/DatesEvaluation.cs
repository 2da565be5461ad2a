using System.Diagnostics;
using System.Globalization;
using Parallax.Analysis;
using Parallax.Analysis.Dates;

namespace Parallax.Evaluation;

/// <summary>
/// <c>parallax eval dates PATH</c>: TIMEX3 detection and normalisation on a folder of TimeML files
/// (TimeBank 1.2 / TempEval-3), scored like TempEval-3 task A with relaxed (overlap) matching.
/// See docs/dates.md for the protocol.
/// </summary>
internal sealed class DatesEvaluation : IEvaluationTask
{
    /// <summary>When set to a file path, the scorer writes every miss, spurious and wrong value there (TSV).</summary>
    public const string ErrorsVariable = "PARALLAX_DATES_ERRORS";

    private const string WarmUpText = "On Monday, two weeks after March 3, 1999, officials said at 3 p.m. that sales rose in the third quarter from a year earlier.";

    public string Name => "dates";

    public string Description => "a folder of TimeML .tml files (TimeBank); TIMEX3 detection P/R/F1 (overlap), value accuracy and value F1";

    public EvaluationResult Run(string path, IProgress<int>? progress = null, Action<int>? setTotal = null)
    {
        if (!Directory.Exists(path))
            throw new DatasetException("not a folder of TimeML (.tml) files");
        var files = Directory.EnumerateFiles(path, "*.tml", SearchOption.AllDirectories)
            .Where(f => !Path.GetFileName(f).StartsWith("._", StringComparison.Ordinal)) // macOS resource forks
            .Order(StringComparer.Ordinal)
            .ToList();
        if (files.Count == 0)
            throw new DatasetException("no .tml files found");
        setTotal?.Invoke(files.Count);

        var score = new DatesScore();
        var errorsPath = Environment.GetEnvironmentVariable(ErrorsVariable);
        using var errors = string.IsNullOrEmpty(errorsPath) ? null : new StreamWriter(errorsPath);
        errors?.WriteLine("file\tkind\tgold_text\tgold_value\tsystem_text\tsystem_value\tcontext");
        // One untimed call first, so docs/s measures the tagger warm, not the JIT compiling its regexes.
        TemporalTagger.Tag(WarmUpText, new DateOnly(2000, 1, 1));
        var tagging = new Stopwatch();
        foreach (var file in files)
        {
            var doc = DatesTimeMlReader.Read(file);
            tagging.Start();
            var system = TemporalTagger.Tag(doc.Text, doc.CreationTime?.Day);
            tagging.Stop();
            score.Add(doc, system, errors);
            progress?.Report(1);
        }

        return new EvaluationResult
        {
            Task = Name,
            Dataset = path,
            Items = files.Count,
            ItemUnit = "docs",
            Seconds = tagging.Elapsed.TotalSeconds,
            Metrics =
            [
                new("precision", score.Precision),
                new("recall", score.Recall),
                new("f1", score.F1),
                new("strict_f1", score.StrictF1),
                new("type_accuracy", score.TypeAccuracy),
                new("value_accuracy", score.ValueAccuracy),
                new("value_f1", score.ValueF1),
            ],
            Counts =
            [
                new("gold", score.Gold),
                new("system", score.System),
                new("matched", score.Matched),
            ],
        };
    }
}

/// <summary>
/// TempEval-3 timex scoring: one-to-one overlap matching (relaxed), exact-span matching (strict), attribute
/// accuracy over relaxed matches, and value F1 = F1 counting only matches with the correct value.
/// </summary>
internal sealed class DatesScore
{
    public int Gold { get; private set; }
    public int System { get; private set; }
    public int Matched { get; private set; }
    public int Exact { get; private set; }
    public int TypeCorrect { get; private set; }
    public int ValueCorrect { get; private set; }

    public double Precision => Ratio(Matched, System);
    public double Recall => Ratio(Matched, Gold);
    public double F1 => Harmonic(Precision, Recall);
    public double StrictF1 => Harmonic(Ratio(Exact, System), Ratio(Exact, Gold));
    public double TypeAccuracy => Ratio(TypeCorrect, Matched);
    public double ValueAccuracy => Ratio(ValueCorrect, Matched);
    public double ValueF1 => Harmonic(Ratio(ValueCorrect, System), Ratio(ValueCorrect, Gold));

    public void Add(TimeMlDocument doc, IReadOnlyList<TimeExpression> system, TextWriter? errors)
    {
        Gold += doc.Timexes.Count;
        System += system.Count;
        var used = new bool[system.Count];
        foreach (var g in doc.Timexes)
        {
            int best = -1, bestOverlap = 0;
            for (int i = 0; i < system.Count; i++)
            {
                if (used[i] || !system[i].Span.Overlaps(g.Span))
                    continue;
                int overlap = Math.Min(g.Span.End, system[i].Span.End) - Math.Max(g.Span.Start, system[i].Span.Start);
                if (overlap > bestOverlap)
                {
                    best = i;
                    bestOverlap = overlap;
                }
            }
            if (best < 0)
            {
                errors?.WriteLine(Line(doc, "missed", g.Text, g.Value, "", "", g.Span.Start));
                continue;
            }
            used[best] = true;
            var s = system[best];
            Matched++;
            if (s.Span == g.Span)
                Exact++;
            if (string.Equals(s.Type.ToString(), g.Type, StringComparison.OrdinalIgnoreCase))
                TypeCorrect++;
            if (string.Equals(s.Value, g.Value, StringComparison.Ordinal))
                ValueCorrect++;
            else
                errors?.WriteLine(Line(doc, "value", g.Text, g.Value, s.Text, s.Value ?? "null", g.Span.Start));
        }
        for (int i = 0; i < system.Count; i++)
        {
            if (!used[i])
                errors?.WriteLine(Line(doc, "spurious", "", "", system[i].Text, system[i].Value ?? "null", system[i].Span.Start));
        }
    }

    private static string Line(TimeMlDocument doc, string kind, string goldText, string goldValue, string sysText, string sysValue, int at)
    {
        int from = Math.Max(0, at - 60), to = Math.Min(doc.Text.Length, at + 60);
        var context = doc.Text[from..to].Replace('\n', ' ').Replace('\t', ' ');
        return string.Join('\t', doc.Name, kind, Clean(goldText), goldValue, Clean(sysText), sysValue, context);
    }

    private static string Clean(string s) => s.Replace('\n', ' ').Replace('\t', ' ');

    private static double Ratio(int a, int b) => b == 0 ? 0 : (double)a / b;

    private static double Harmonic(double p, double r) => p + r == 0 ? 0 : 2 * p * r / (p + r);

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"P {Precision:0.000} R {Recall:0.000} F1 {F1:0.000}");
}
