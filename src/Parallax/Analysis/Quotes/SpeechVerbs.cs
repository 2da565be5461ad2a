using Parallax.Text;

namespace Parallax.Analysis.Quotes;

/// <summary>How a speech cue relates to its speaker.</summary>
internal enum CueForm
{
    /// <summary>A finite verb with its own subject: "said", "told", "adds".</summary>
    Finite,

    /// <summary>A participle that borrows the sentence's speaker: "adding", "saying".</summary>
    Participle,
}

/// <summary>The speech-verb lexicon: the words that attribute quoted or reported words to a speaker.</summary>
internal static class SpeechVerbs
{
    /// <summary>Verbs that take the reported content as a direct object: "stressed the need for …", "denied the claims".</summary>
    public static readonly HashSet<string> TakeObjectContent = new(StringComparer.OrdinalIgnoreCase)
    {
        "stressed", "stresses", "emphasized", "emphasised", "emphasizes", "emphasises", "underlined", "underscored",
        "reiterated", "reaffirmed", "called", "urged", "urges", "denied", "denies", "confirmed", "confirms",
        "welcomed", "condemned", "condemns", "praised", "criticized", "criticised", "announced", "announces",
        "promised", "promises", "vowed", "vows", "pledged", "pledges",
    };

    // One verb's forms per line of Data/speech-verbs.txt, the participle last.
    private static readonly string[] Stems = [.. EmbeddedData.Lines("speech-verbs.txt")];

    // Declared after Stems: static fields initialise in text order.
    public static readonly Dictionary<string, CueForm> Verbs = Build();

    private static Dictionary<string, CueForm> Build()
    {
        var d = new Dictionary<string, CueForm>(StringComparer.OrdinalIgnoreCase);
        foreach (var stem in Stems)
        {
            var forms = stem.Split(':');
            for (int i = 0; i < forms.Length; i++)
                d[forms[i]] = i == forms.Length - 1 ? CueForm.Participle : CueForm.Finite;
        }
        d.Remove("say");
        return d;
    }

    public static bool TryGet(ReadOnlySpan<char> word, out CueForm form) =>
        Verbs.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(word, out form);
}
