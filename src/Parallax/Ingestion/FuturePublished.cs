using Parallax.Model;

namespace Parallax.Ingestion;

/// <summary>
/// A stored article's publication date may not lie far in the future: a <c>published</c> of 9999-12-31 would
/// keep its story at the top of "newest" forever. A date more than <see cref="Tolerance"/> after the ingest
/// (room for time zones and embargoed copy) is dropped, with a warning: the article is stored undated, as
/// one without a date would be, rather than under a date made up for it.
/// </summary>
public static class FuturePublished
{
    /// <summary>How far past the ingest's clock a publication date is still believed.</summary>
    public static readonly TimeSpan Tolerance = TimeSpan.FromDays(2);

    /// <summary>Whether the date lies beyond the tolerance after <paramref name="now"/> (a date without an offset counts as UTC).</summary>
    public static bool IsBeyond(PublicationDate date, DateTime now)
    {
        // Value - offset > limit, written so that a date near DateTime.MaxValue cannot overflow.
        return date.Value > now.ToUniversalTime() + Tolerance + (date.Offset ?? TimeSpan.Zero);
    }
}
