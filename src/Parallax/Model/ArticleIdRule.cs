namespace Parallax.Model;

/// <summary>
/// Which article ids can be stored: the one rule every ingest path applies (the command line, the API and
/// the web's uploads all read through <c>ArticleReader</c>), so that every stored article has a page. An id
/// that is empty, only dots, longer than <see cref="MaxLength"/>, or holds <c>/</c> or a control character
/// could not be one path segment of <c>/articles/{id}</c> (browsers fold <c>.</c> and <c>..</c> away, and
/// <c>%2F</c> is not decoded in a path).
/// </summary>
public static class ArticleIdRule
{
    /// <summary>The longest id accepted.</summary>
    public const int MaxLength = 300;

    /// <summary>Why the id cannot be used, or null when it can.</summary>
    public static string? Problem(string id)
    {
        if (string.IsNullOrWhiteSpace(id))
            return "it is empty";
        if (id.Length > MaxLength)
            return $"it is longer than {MaxLength} characters";
        if (id.Contains('/', StringComparison.Ordinal))
            return "it contains '/'";
        if (id.Any(char.IsControl))
            return "it contains a control character";
        if (id.All(c => c == '.'))
            return "it is only dots";
        return null;
    }

    /// <summary>The id as an error message may show it: control characters as <c>\uXXXX</c>, at most 60 characters.</summary>
    public static string Shown(string id)
    {
        var sb = new System.Text.StringBuilder();
        foreach (var c in id.Length > 60 ? id[..60] : id)
        {
            if (char.IsControl(c))
                sb.Append(System.Globalization.CultureInfo.InvariantCulture, $"\\u{(int)c:x4}");
            else
                sb.Append(c);
        }
        return id.Length > 60 ? sb.Append('…').ToString() : sb.ToString();
    }
}
