using Parallax.Analysis;
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
            Optional(spec.Input, line.Field(2, "-")), Optional(spec.Input, line.Field(3, "-")))
            + string.Concat(line.Fields.Skip(4).Select(f => " | " + f.Trim()));
    });

    /// <summary>
    /// Extra fields after the cue, written only when set: <c>kind=document</c> / <c>kind=poll</c> (the source kind of a
    /// document or poll), <c>group=N</c> (a piece of the statement whose first piece is the N-th listed quote, from 1).
    /// </summary>
    public IEnumerable<string> Actual(SpecCase spec) =>
        QuoteExtractor.Extract(spec.Input, []).Select(q =>
        {
            Assert.Equal(q.Span.Of(spec.Input), q.Text);
            var extra = (q.SourceKind is SourceKind.Document or SourceKind.Poll ? $" | kind={q.SourceKind.ToString()!.ToLowerInvariant()}" : "")
                + (q.Group is { } g ? $" | group={g + 1}" : "");
            return Line(q.Direct ? "quote" : "reported", SpecLines.Mention(spec.Input, q.Span), q.Speaker ?? "-",
                q.SpeakerSpan is { } s ? SpecLines.Mention(spec.Input, s) : "-",
                q.CueSpan is { } c ? SpecLines.Mention(spec.Input, c) : "-") + extra;
        });

    private static string Optional(string input, string mention) => mention == "-" ? "-" : SpecLines.Mention(input, mention);

    private static string Line(string kind, string text, string speaker, string mention, string cue) =>
        SpecLines.Format(kind, $"{text} | {speaker} | {mention} | {cue}");
}
