using Parallax.Analysis;
using Parallax.Analysis.Quotes;
using Parallax.Analysis.Sentences;

namespace Parallax.Tests.Analysis;

/// <summary>
/// Quote specs: <c>Q: text | speaker | mention | cue</c> for a direct quote, <c>R:</c> for reported speech;
/// a speaker of <c>-</c> means unattributed. Every quote the extractor finds must be listed, in text order.
/// </summary>
public sealed class QuotesSpecTests
{
    private static readonly Dictionary<string, SpecCase> Cases = QuotesSpecFile.Load("Quotes").ToDictionary(c => c.Name);

    public static TheoryData<string> Names => [.. Cases.Keys];

    [Theory, MemberData(nameof(Names))]
    public void Finds_the_quotes_the_spec_lists(string name)
    {
        var spec = Cases[name];
        var quotes = QuoteExtractor.Extract(spec.Text, SentenceSplitter.Split(spec.Text), []);
        var actual = quotes.Select(q => Describe(spec, q)).ToList();
        var expected = spec.Expected.Where(e => e.Length > 2 && e[1] == ':' && e[0] is 'Q' or 'R').Select(e =>
        {
            var f = QuotesSpecFile.Fields(e);
            var span = spec.Find(f[0]);
            string speaker = f.Length > 1 ? f[1] : "-";
            string mention = f.Length > 2 && f[2] != "-" ? spec.Find(f[2]).ToString() : "-";
            string cue = f.Length > 3 && f[3] != "-" ? spec.Find(f[3]).ToString() : "-";
            return $"{e[0]} {span} \"{f[0].Split('@')[0]}\" speaker={speaker} mention={mention} cue={cue}";
        }).ToList();
        Assert.Equal(expected, actual);
    }

    private static string Describe(SpecCase spec, Quote q)
    {
        Assert.Equal(q.Span.Of(spec.Text), q.Text);
        string mention = q.SpeakerSpan?.ToString() ?? "-";
        string cue = q.CueSpan?.ToString() ?? "-";
        return $"{(q.Direct ? 'Q' : 'R')} {q.Span} \"{q.Text}\" speaker={q.Speaker ?? "-"} mention={mention} cue={cue}";
    }
}
