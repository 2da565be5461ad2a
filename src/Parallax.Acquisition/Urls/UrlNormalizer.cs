using System.Text;

namespace Parallax.Acquisition.Urls;

/// <summary>
/// One key per article URL, so that the same article listed under tracking variants, with a fragment, or as its
/// AMP page is fetched once. The key stays a URL the outlet serves: the scheme and host lower-cased, the default
/// port and the fragment dropped, tracking parameters (utm_*, click ids, mailing-list ids) and AMP markers
/// removed, the remaining query parameters sorted. Mobile hosts (m.example.com) cannot be mapped without
/// knowing the outlet's main host; the page's canonical link settles those after the fetch.
/// </summary>
internal static class UrlNormalizer
{
    // Exact names (compared ignoring case); every utm_* is dropped too.
    private static readonly HashSet<string> Tracking = new(StringComparer.OrdinalIgnoreCase)
    {
        "fbclid", "gclid", "gclsrc", "dclid", "gbraid", "wbraid", "msclkid", "yclid", "twclid", "ttclid", "li_fat_id",
        "mc_cid", "mc_eid", "igshid", "igsh", "_ga", "_gl", "_hsenc", "_hsmi", "__hstc", "__hssc", "__hsfp", "mkt_tok",
        "oly_anon_id", "oly_enc_id", "vero_id", "vero_conv", "rb_clickid", "s_cid", "ncid", "ocid", "cmpid", "cmp",
        "xtor", "at_medium", "at_campaign", "at_link", "ref_src", "ref_url", "smid", "sr_share", "share", "ito", "ns_mchannel", "ns_campaign",
    };

    public static Uri? Normalize(Uri url)
    {
        if (!url.IsAbsoluteUri || url.Scheme is not ("http" or "https") || url.Host.Length == 0)
            return null;
        var sb = new StringBuilder(url.AbsoluteUri.Length);
        sb.Append(url.Scheme).Append("://").Append(url.Host.ToLowerInvariant());
        if (!url.IsDefaultPort)
            sb.Append(':').Append(url.Port);
        sb.Append(AmpFree(url.AbsolutePath));
        var query = Query(url.Query);
        if (query.Length > 0)
            sb.Append('?').Append(query);
        return Uri.TryCreate(sb.ToString(), UriKind.Absolute, out var n) ? n : null;
    }

    /// <summary>The path of the page an AMP URL stands for: /story/amp, /story/amp/, /amp/story, story.amp.html.</summary>
    private static string AmpFree(string path)
    {
        if (path.Length == 0)
            return "/";
        if (path.EndsWith("/amp", StringComparison.OrdinalIgnoreCase) && path.Length > 4)
            return path[..^4];
        if (path.EndsWith("/amp/", StringComparison.OrdinalIgnoreCase) && path.Length > 5)
            return path[..^4];
        if (path.StartsWith("/amp/", StringComparison.OrdinalIgnoreCase) && path.Length > 5)
            return path[4..];
        if (path.EndsWith(".amp.html", StringComparison.OrdinalIgnoreCase))
            return path[..^9] + ".html";
        if (path.EndsWith(".amp", StringComparison.OrdinalIgnoreCase) && path.Length > 5)
            return path[..^4];
        return path;
    }

    private static string Query(string query)
    {
        if (query.Length <= 1)
            return "";
        var kept = new List<string>();
        foreach (var part in query[1..].Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            int eq = part.IndexOf('=');
            var key = eq < 0 ? part : part[..eq];
            var value = eq < 0 ? "" : part[(eq + 1)..];
            if (key.StartsWith("utm_", StringComparison.OrdinalIgnoreCase) || Tracking.Contains(key))
                continue;
            if (key.Equals("amp", StringComparison.OrdinalIgnoreCase) && value is "" or "1" or "true")
                continue;
            if ((key.Equals("outputType", StringComparison.OrdinalIgnoreCase) || key.Equals("output", StringComparison.OrdinalIgnoreCase))
                && value.Equals("amp", StringComparison.OrdinalIgnoreCase))
                continue;
            kept.Add(part);
        }
        kept.Sort(StringComparer.Ordinal);
        return string.Join('&', kept);
    }
}
