namespace Parallax.Extraction.Html;

/// <summary>The numbers main-text extraction decides by, in one place.</summary>
internal static class ExtractionThresholds
{
    /// <summary>A paragraph this long (chars) with little link text counts as prose when choosing the container.</summary>
    public const int MinGoodParagraphChars = 40;

    /// <summary>Link share above which a paragraph is not prose.</summary>
    public const double MaxGoodLinkDensity = 0.33;

    /// <summary>Link share above which a block inside the container is dropped (teasers, link lists).</summary>
    public const double MaxBlockLinkDensity = 0.5;

    /// <summary>A block this long (chars) is prose with many links, not a teaser, unless its link share is above <see cref="MaxLinkedProseDensity"/>.</summary>
    public const int MinLinkedProseChars = 100;

    public const double MaxLinkedProseDensity = 0.8;

    /// <summary>A furniture-named element is kept (taken for a mislabelled wrapper) when it holds at least this share of the page's prose...</summary>
    public const double MaxBoilerplateShare = 0.5;

    /// <summary>...in at least this many good paragraphs.</summary>
    public const int MinProtectedParagraphs = 3;

    /// <summary>Sibling items that make a teaser list.</summary>
    public const int MinTeaserGroup = 3;

    /// <summary>A teaser item is at most this long (chars): a headline and an excerpt.</summary>
    public const int MaxTeaserChars = 1200;

    /// <summary>A teaser opens with a headline at least this long (chars)...</summary>
    public const int MinTeaserHeadlineChars = 15;

    /// <summary>...that is mostly link text.</summary>
    public const double MinTeaserHeadlineLinkDensity = 0.5;

    /// <summary>A page-builder-named block (widget, read-more) reads as prose when at least this share of its text is good paragraphs.</summary>
    public const double MinProseShare = 0.5;

    /// <summary>A teaser group after the headline holding at least this share of the page's prose is a roundup, the article itself.</summary>
    public const double MinRoundupShare = 2.0 / 3;

    /// <summary>A teaser group of at least this many items, on a page with little other prose, makes the page a listing.</summary>
    public const int MinListingItems = 6;

    /// <summary>Descend into a child while it holds at least this share of its parent's prose.</summary>
    public const double DescendShare = 0.75;

    /// <summary>Body-named elements are trusted when together they hold at least this share of the page's prose.</summary>
    public const double MinBodyHintShare = 0.5;

    /// <summary>A primary result shorter than this (chars) is checked against the fallback.</summary>
    public const int MinPrimaryChars = 600;

    /// <summary>The fallback replaces a short primary result only when this many times longer.</summary>
    public const double FallbackGain = 1.5;

    /// <summary>Lines up to this long (chars) are checked for being only a date stamp.</summary>
    public const int MaxDateLineChars = 60;

    /// <summary>Lines up to this long (chars) are checked against the furniture-line patterns.</summary>
    public const int MaxFurnitureLineChars = 250;
}
