using Parallax.Model;

namespace Parallax.Analysis;

/// <summary>What an entity mention refers to.</summary>
public enum EntityType
{
    /// <summary>A person.</summary>
    Person,

    /// <summary>An organization: a ministry, a party, a company, an army.</summary>
    Organization,

    /// <summary>A place: a country, a city, a region.</summary>
    Place,

    /// <summary>A name of another kind.</summary>
    Other,
}

/// <summary>A mention of a person, organization or place, with the canonical name of its referent.</summary>
public sealed record EntityMention(TextSpan Span, string Text, string Name, EntityType Type)
{
    /// <summary>A role the article gives the referent ("defense minister"), when it gives one.</summary>
    public string? Role { get; init; }
}

/// <summary>Who said what. <see cref="Span"/> covers the quoted words without their quote marks.</summary>
public sealed record Quote(TextSpan Span, string Text, bool Direct)
{
    /// <summary>Canonical name of the speaker; null when unattributed.</summary>
    public string? Speaker { get; init; }

    /// <summary>The mention the attribution rests on ("he", "Putin", "the defense chief").</summary>
    public TextSpan? SpeakerSpan { get; init; }

    /// <summary>The speech verb or phrase ("said", "according to").</summary>
    public TextSpan? CueSpan { get; init; }

    /// <summary>What kind of source the speaker is ("the memo says" → <see cref="SourceKind.Document"/>); null when unknown.</summary>
    public SourceKind? SourceKind { get; init; }

    /// <summary>
    /// The index, in the article's quote list, of the first piece of the statement this quote belongs to, when the
    /// statement is split into pieces (“A,” he said, “B.” gives two quotes with the first one's index); null for a whole quote.
    /// </summary>
    public int? Group { get; init; }
}

/// <summary>What kind of source a quote is attributed to.</summary>
public enum SourceKind
{
    /// <summary>A person, named or described ("Jane Roe", "he", "the former envoy", "officials").</summary>
    Person,

    /// <summary>An organisation speaking as one ("the ministry", "the Pentagon", "the campaign").</summary>
    Organization,

    /// <summary>A written document ("the memo", "a 40-page ruling", "the indictment").</summary>
    Document,

    /// <summary>A poll or its respondents ("most of those surveyed", "63 percent of voters", "the survey").</summary>
    Poll,
}

/// <summary>A number with what it counts or measures. Ranges set <see cref="High"/>.</summary>
public sealed record Quantity(TextSpan Span, string Text, double Value)
{
    /// <summary>The upper end of a range ("40 to 50"), when the quantity is one.</summary>
    public double? High { get; init; }

    /// <summary>What is counted or measured ("people", "square kilometers", "USD", "percent"); null when bare.</summary>
    public string? Unit { get; init; }

    /// <summary>"about", "nearly", "more than", … as written; null when exact.</summary>
    public string? Approximation { get; init; }
}

/// <summary>TimeML's four kinds of temporal expression.</summary>
public enum TimexType
{
    /// <summary>A calendar date or period ("23 December 2016", "last week").</summary>
    Date,

    /// <summary>A time of day ("3 p.m.", "Friday morning").</summary>
    Time,

    /// <summary>A length of time ("48 hours").</summary>
    Duration,

    /// <summary>A recurrence ("every week").</summary>
    Set,
}

/// <summary>A temporal expression with its TimeML value (2016-12-22, 2011-03, P2W, PRESENT_REF, …); null when unresolvable.</summary>
public sealed record TimeExpression(TextSpan Span, string Text, TimexType Type, string? Value);

/// <summary>An outlet or agency the article names as its source ("Reuters reports").</summary>
public sealed record Citation(TextSpan Span, string Outlet);
