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

    /// <summary>A furniture-named element is only dropped when it holds less than this share of the page's prose.</summary>
    public const double MaxBoilerplateShare = 0.5;

    /// <summary>Descend into a child while it holds at least this share of its parent's prose.</summary>
    public const double DescendShare = 0.85;

    /// <summary>Body-named elements are trusted when together they hold at least this share of the page's prose.</summary>
    public const double MinBodyHintShare = 0.5;

    /// <summary>A primary result shorter than this (chars) is checked against the fallback.</summary>
    public const int MinPrimaryChars = 600;

    /// <summary>The fallback replaces a short primary result only when this many times longer.</summary>
    public const double FallbackGain = 1.5;
}
