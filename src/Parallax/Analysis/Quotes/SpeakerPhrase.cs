using Parallax.Model;

namespace Parallax.Analysis.Quotes;

internal enum PhraseKind
{
    Pronoun,
    Name,
    Descriptor,
}

/// <summary>The noun phrase an attribution names as the speaker, as written.</summary>
internal readonly record struct SpeakerPhrase(TextSpan Span, PhraseKind Kind)
{
    /// <summary>For a relative "who": the phrase it stands for ("McConnell" of "McConnell, …, who said").</summary>
    public TextSpan? Refers { get; init; }

    /// <summary>Two names joined by "and" ("Smith and Jones wrote"), each resolved on its own.</summary>
    public bool Joined { get; init; }
}

/// <summary>A speech cue and the speaker phrase it attributes to; <see cref="Speaker"/> is null when the cue borrows the sentence's speaker.</summary>
internal readonly record struct Attribution(TextSpan Cue, SpeakerPhrase? Speaker, CueForm Form);
