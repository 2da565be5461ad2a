using Parallax.Evaluation;

namespace Parallax.Tests.Specs;

/// <summary>
/// How one component's spec cases run: which folder of Specs/ holds them, how the component's output is
/// written as expectation lines, and whether the order of the lines matters.
/// </summary>
internal interface ISpecAdapter
{
    /// <summary>The folder under tests/Parallax.Tests/Specs.</summary>
    string Folder { get; }

    /// <summary>Whether the lines must come in the same order (else they are compared sorted).</summary>
    bool Ordered => true;

    /// <summary>The case's expected lines in the form <see cref="Actual"/> writes (defaults filled in, mentions resolved).</summary>
    IEnumerable<string> Expected(SpecCase spec) => spec.Expected.Select(line => SpecLines.Format(line.Kind, string.Join(" | ", line.Fields)));

    /// <summary>Runs the component on the case's input and writes what it found, one expectation line per result.</summary>
    IEnumerable<string> Actual(SpecCase spec);
}
