using System.Globalization;
using Parallax.Tests.Support;

namespace Parallax.Tests.Fuzzing;

/// <summary>
/// A seeded slice of the mutation fuzzer (<see cref="PipelineFuzzer"/>) over the samples, the seeds and some of the
/// Readability test pages. CI runs 200 inputs; <c>bench/fuzz.sh COUNT SEED</c> runs as many as asked through this
/// same test (PARALLAX_FUZZ_COUNT, PARALLAX_FUZZ_SEED, PARALLAX_FUZZ_MINUTES, PARALLAX_FUZZ_REPORT).
/// </summary>
public class FuzzTests
{
    private static int Env(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) ? v : fallback;

    private static IEnumerable<string> Corpus()
    {
        foreach (var f in Directory.EnumerateFiles(RepoPaths.Samples, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            if (f.EndsWith(".txt", StringComparison.Ordinal) || f.EndsWith(".html", StringComparison.Ordinal))
                yield return f;
        }
        if (SharedData.Root is not { } shared)
            yield break;
        foreach (var f in Directory.EnumerateFiles(Path.Combine(shared, "seeds"), "*.txt").Order(StringComparer.Ordinal))
            yield return f;
        var pages = Path.Combine(shared, "datasets", "extraction", "readability-test-pages");
        if (Directory.Exists(pages))
        {
            foreach (var dir in Directory.EnumerateDirectories(pages).Order(StringComparer.Ordinal).Take(40))
            {
                var source = Path.Combine(dir, "source.html");
                if (File.Exists(source) && new FileInfo(source).Length < Mutator.MaxBytes)
                    yield return source;
            }
        }
    }

    [Fact]
    public void Mutated_inputs_never_crash_hang_or_leak_an_exception()
    {
        int seed = Env("PARALLAX_FUZZ_SEED", 20261204);
        int count = Env("PARALLAX_FUZZ_COUNT", 200);
        int minutes = Env("PARALLAX_FUZZ_MINUTES", 3);
        using var scratch = new TempDir();
        var failures = Environment.GetEnvironmentVariable("PARALLAX_FUZZ_FAILURES") is { Length: > 0 } f ? f : Path.Combine(Path.GetTempPath(), "parallax-fuzz-failures");
        var fuzzer = new PipelineFuzzer(Corpus(), scratch.Path, failures);
        // A budget far above an input's cost (milliseconds): it fails only on runaway work.
        var run = fuzzer.Run(seed, count, TimeSpan.FromSeconds(Env("PARALLAX_FUZZ_BUDGET_SECONDS", 30)), DateTime.UtcNow.AddMinutes(minutes));

        var summary = $"seed {seed}: {run.Inputs} inputs, {run.Articles} articles analysed and compared, {run.Refused} documents refused with a reason, "
            + $"{run.Total.TotalMilliseconds / Math.Max(1, run.Inputs):0.0} ms an input on average, slowest {run.Slowest.TotalMilliseconds:0} ms, {run.Failures.Count(x => x.Kind.Contains("crash", StringComparison.Ordinal))} crashes, "
            + $"{run.Failures.Count(x => x.Kind == "hang")} hangs";
        if (Environment.GetEnvironmentVariable("PARALLAX_FUZZ_REPORT") is { Length: > 0 } report)
            File.WriteAllLines(report, [summary, .. run.Failures.Select(x => $"{x.Kind} at input {x.Index}: {x.Detail} ({x.SavedAs})")]);
        Assert.True(run.Inputs > 0, "the fuzzer ran no input");
        Assert.True(run.Failures.Count == 0, summary + Environment.NewLine + string.Join(Environment.NewLine, run.Failures.Take(20)));
    }

    [Fact]
    public void The_mutator_is_reproducible_from_its_seed_and_bounded()
    {
        var input = System.Text.Encoding.UTF8.GetBytes("Title\n\nThe mayor said 40 people left on Friday. “We will rebuild,” she said.");
        var a = new Mutator(7);
        var b = new Mutator(7);
        for (int i = 0; i < 200; i++)
        {
            var x = a.Mutate(input, input);
            Assert.Equal(x, b.Mutate(input, input));
            Assert.True(x.Length <= Mutator.MaxBytes);
        }
        Assert.NotEqual(new Mutator(8).Mutate(input, input), new Mutator(7).Mutate(input, input));
    }
}
