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

    private static readonly string[] Stems =
    [
        // finite past / present forms and their participles, as they appear in news copy
        "said:says:say:saying", "told:tells:telling", "added:adds:adding", "stressed:stresses:stressing",
        "noted:notes:noting", "warned:warns:warning", "explained:explains:explaining", "asked:asks:asking",
        "replied:replies:replying", "answered:answers:answering", "insisted:insists:insisting", "argued:argues:arguing",
        "declared:declares:declaring", "announced:announces:announcing", "claimed:claims:claiming", "wrote:writes:writing",
        "tweeted:tweets:tweeting", "continued:continues:continuing", "recalled:recalls:recalling",
        "acknowledged:acknowledges:acknowledging", "admitted:admits:admitting", "suggested:suggests:suggesting",
        "urged:urges:urging", "emphasized:emphasizes:emphasizing", "emphasised:emphasises:emphasising",
        "stated:states:stating", "commented:comments:commenting", "remarked:remarks:remarking", "observed:observes:observing",
        "cautioned:cautions:cautioning", "conceded:concedes:conceding", "countered:counters:countering",
        "responded:responds:responding", "concluded:concludes:concluding", "predicted:predicts:predicting",
        "promised:promises:promising", "vowed:vows:vowing", "pledged:pledges:pledging", "reiterated:reiterates:reiterating",
        "confirmed:confirms:confirming", "denied:denies:denying", "maintained:maintains:maintaining",
        "complained:complains:complaining", "lamented:laments:lamenting", "joked:jokes:joking", "shouted:shouts:shouting",
        "testified:testifies:testifying", "posted:posts:posting", "quipped:quips:quipping", "boasted:boasts:boasting",
        "charged:charges:charging", "contended:contends:contending", "asserted:asserts:asserting",
        "mused:muses:musing", "yelled:yells:yelling", "chanted:chants:chanting", "texted:texts:texting",
        "emailed:emails:emailing", "recounted:recounts:recounting", "elaborated:elaborates:elaborating",
        "reported:reports:reporting", "announced:announces:announcing", "alleged:alleges:alleging",
        "indicated:indicates:indicating", "affirmed:affirms:affirming", "underlined:underlines:underlining",
        "wondered:wonders:wondering", "thundered:thunders:thundering", "retorted:retorts:retorting",
        "interjected:interjects:interjecting", "exclaimed:exclaims:exclaiming", "whispered:whispers:whispering",
        "informed:informs:informing", "briefed:briefs:briefing", "reassured:reassures:reassuring",
        "demanded:demands:demanding", "scolded:scolds:scolding", "quoted:quotes:quoting", "pointed:points:pointing", "sang:sings:singing", "pressed:presses:pressing",
        // naming verbs that carry partial quotes: "called the plan “a disaster”", "what it calls “…”"
        "called:calls:calling", "described:describes:describing", "dubbed:dubs:dubbing", "labeled:labels:labeling",
        "branded:brands:branding", "termed:terms:terming",
    ];

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
