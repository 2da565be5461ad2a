namespace Parallax.Ingestion;

/// <summary>
/// What a page fetched for the follow monitor by a queue worker carries along its article job: the listing's URL
/// key and entry, for the finishing touches the monitor gives an article (its canonical URL, the listing's date
/// when the page gives none), and, in the result, what the leader records in the crawl state once it is stored.
/// </summary>
internal sealed class FollowedPage
{
    /// <summary>The normalised URL the listing gave (the crawl state's key).</summary>
    public string Key { get; set; } = "";

    /// <summary>The source (outlet) whose listing named it.</summary>
    public string Source { get; set; } = "";

    /// <summary>Where the fetch ended, after redirects.</summary>
    public string FinalUrl { get; set; } = "";

    /// <summary>The entry's date as the listing gives it (updated, else published).</summary>
    public DateTimeOffset? Listed { get; set; }

    /// <summary>The entry's publication date, used when the page states none.</summary>
    public DateTimeOffset? Published { get; set; }

    /// <summary>The fetch attempts it took (the job's claim count).</summary>
    public int Attempts { get; set; } = 1;

    // Set by the worker in the result.

    /// <summary>SHA-256 of the page as fetched.</summary>
    public string? Hash { get; set; }

    /// <summary>The article's URL after extraction (the page's canonical one when it states one).</summary>
    public string? Canonical { get; set; }

    /// <summary>The article has no publication date.</summary>
    public bool NoDate { get; set; }

    /// <summary>The article has too little text to be one.</summary>
    public bool NoText { get; set; }
}
