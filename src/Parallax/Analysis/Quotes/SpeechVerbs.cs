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

/// <summary>The families of the speech-verb lexicon (Data/speech-verbs.txt).</summary>
internal enum SpeechVerbFamily
{
    /// <summary>Neutral saying and telling: said, told, added, noted.</summary>
    Report,

    /// <summary>How the words were said: whispered, snapped, beamed, joked.</summary>
    Manner,

    /// <summary>The speaker's position toward the words: conceded, maintained, protested, insisted.</summary>
    Stance,

    /// <summary>Asking someone to act: urged, pleaded, begged, demanded.</summary>
    Request,

    /// <summary>Words written or posted: wrote, tweeted.</summary>
    Written,

    /// <summary>Verbs that carry partial quotes: called, described, dubbed.</summary>
    Naming,
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

    // One verb's forms per line of Data/speech-verbs.txt, the participle last, under "[family]" lines.
    private static readonly string[] Stems = [.. EmbeddedData.Lines("speech-verbs.txt")];

    // Declared after Stems: static fields initialise in text order.
    public static readonly Dictionary<string, CueForm> Verbs = Build(out FamilyOf);

    /// <summary>The family of each form ("whispered" → manner, "conceded" → stance, "urged" → request).</summary>
    private static readonly Dictionary<string, SpeechVerbFamily> FamilyOf;

    private static readonly Dictionary<string, CueForm>.AlternateLookup<ReadOnlySpan<char>> Lookup = Verbs.GetAlternateLookup<ReadOnlySpan<char>>();

    private static Dictionary<string, CueForm> Build(out Dictionary<string, SpeechVerbFamily> families)
    {
        var d = new Dictionary<string, CueForm>(StringComparer.OrdinalIgnoreCase);
        families = new Dictionary<string, SpeechVerbFamily>(StringComparer.OrdinalIgnoreCase);
        var family = SpeechVerbFamily.Report;
        foreach (var stem in Stems)
        {
            if (stem[0] == '[')
            {
                family = Enum.Parse<SpeechVerbFamily>(stem.Trim('[', ']'), ignoreCase: true);
                continue;
            }
            var forms = stem.Split(':');
            for (int i = 0; i < forms.Length; i++)
            {
                d[forms[i]] = i == forms.Length - 1 ? CueForm.Participle : CueForm.Finite;
                families.TryAdd(forms[i], family);
            }
        }
        d.Remove("say");
        return d;
    }

    public static bool TryGet(ReadOnlySpan<char> word, out CueForm form) => Lookup.TryGetValue(word, out form);

    /// <summary>The family of a speech verb form; null when the word is no speech verb.</summary>
    public static SpeechVerbFamily? Family(string word) => FamilyOf.TryGetValue(word, out var f) ? f : null;
}
