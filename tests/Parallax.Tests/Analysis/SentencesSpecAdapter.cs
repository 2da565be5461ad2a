using Parallax.Analysis.Sentences;
using Parallax.Evaluation;
using Parallax.Tests.Specs;

namespace Parallax.Tests.Analysis;

/// <summary>Sentence specs: <c>sentence: TEXT</c>, one line per sentence in order.</summary>
internal sealed class SentencesSpecAdapter : ISpecAdapter
{
    public static readonly SentencesSpecAdapter Instance = new();

    public string Folder => "Sentences";

    public IEnumerable<string> Expected(SpecCase spec) => spec.Expected.Select(line => SpecLines.Format("sentence", line.Value.Trim()));

    public IEnumerable<string> Actual(SpecCase spec) =>
        SentenceSplitter.Split(spec.Input).Select(s => SpecLines.Format("sentence", s.Of(spec.Input)));
}
