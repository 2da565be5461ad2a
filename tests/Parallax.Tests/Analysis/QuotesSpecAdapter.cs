using Parallax.Analysis.Quotes;
using Parallax.Analysis.Sentences;
using Parallax.Evaluation;
using Parallax.Tests.Specs;

namespace Parallax.Tests.Analysis;

/// <summary>
/// Quote specs: <c>quote: TEXT | SPEAKER | MENTION | CUE</c> for a direct quote, <c>reported:</c> for reported
/// speech; TEXT, MENTION and CUE are mentions of the input, <c>-</c> (or left out) for none. Every quote the
/// extractor finds must be listed, in text order.
/// </summary>
internal sealed class QuotesSpecAdapter : ISpecAdapter
{
    public static readonly QuotesSpecAdapter Instance = new();

    public string Folder => "Quotes";

    public IEnumerable<string> Expected(SpecCase spec) => spec.Expected.Select(line =>
    {
        Assert.True(line.Kind is "quote" or "reported", $"{spec}: unknown kind '{line.Kind}'");
        return Line(line.Kind, SpecLines.Mention(spec.Input, line.Fields[0]), line.Field(1, "-"),
            Optional(spec.Input, line.Field(2, "-")), Optional(spec.Input, line.Field(3, "-")));
    });

    public IEnumerable<string> Actual(SpecCase spec) =>
        QuoteExtractor.Extract(spec.Input, []).Select(q =>
        {
            Assert.Equal(q.Span.Of(spec.Input), q.Text);
            return Line(q.Direct ? "quote" : "reported", SpecLines.Mention(spec.Input, q.Span), q.Speaker ?? "-",
                q.SpeakerSpan is { } s ? SpecLines.Mention(spec.Input, s) : "-",
                q.CueSpan is { } c ? SpecLines.Mention(spec.Input, c) : "-");
        });

    private static string Optional(string input, string mention) => mention == "-" ? "-" : SpecLines.Mention(input, mention);

    private static string Line(string kind, string text, string speaker, string mention, string cue) =>
        SpecLines.Format(kind, $"{text} | {speaker} | {mention} | {cue}");
}
