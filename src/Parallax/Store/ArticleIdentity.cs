using System.Security.Cryptography;
using System.Text;
using Parallax.Model;

namespace Parallax.Store;

/// <summary>
/// What makes a stored article the same article: its URL when it has one (a changed text at the same URL
/// is a new version), else its content. <see cref="ContentHash"/> covers what a reader sees (outlet,
/// title, publication date, text), so re-ingesting the same page adds nothing.
/// </summary>
public sealed record ArticleIdentity(string Key, string ContentHash)
{
    /// <summary>The identity of an article: its normalised URL when it has one, else its content hash.</summary>
    public static ArticleIdentity Of(Article article)
    {
        var hash = Hash(article);
        var url = NormalizeUrl(article.Url);
        return new ArticleIdentity(url is null ? "sha256:" + hash : "url:" + url, hash);
    }

    /// <summary>SHA-256 (lower-case hex) of what a reader sees: outlet, title, publication date and text.</summary>
    public static string Hash(Article article)
    {
        var text = string.Join('\u001f', article.Outlet ?? "", article.Title ?? "", article.Published?.ToIso() ?? "", article.Text);
        var bytes = Encoding.UTF8.GetBytes(text);
        return Convert.ToHexStringLower(SHA256.HashData(bytes));
    }

    /// <summary>Query parameters that track a reader rather than name a page.</summary>
    private static readonly string[] TrackingParameters = ["utm_", "fbclid", "gclid", "mc_cid", "mc_eid", "ocid", "cmpid"];

    /// <summary>
    /// One spelling per page: scheme and host lower-cased, default port, fragment and tracking
    /// parameters dropped, trailing slash of the path dropped. Null for what is not an absolute http(s) URL.
    /// </summary>
    public static string? NormalizeUrl(string? url)
    {
        if (string.IsNullOrWhiteSpace(url) || !Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri)
            || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
            return null;
        var query = uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Where(p => !TrackingParameters.Any(t => p.StartsWith(t, StringComparison.OrdinalIgnoreCase)))
            .ToArray();
        var path = uri.AbsolutePath.Length > 1 ? uri.AbsolutePath.TrimEnd('/') : "";
        var sb = new StringBuilder();
        // http and https name the same article on news sites; the host's "www." is likewise cosmetic.
        var host = uri.Host.ToLowerInvariant();
        if (host.StartsWith("www.", StringComparison.Ordinal))
            host = host[4..];
        sb.Append(host);
        if (!uri.IsDefaultPort)
            sb.Append(':').Append(uri.Port);
        sb.Append(path);
        if (query.Length > 0)
            sb.Append('?').AppendJoin('&', query);
        return sb.ToString();
    }
}
