using System.Globalization;

namespace Parallax.Store;

/// <summary>
/// Story ids as users see them: <c>s7</c> for story 7. Parsing accepts the bare number too, and nothing
/// else, so an id from a URL or a command line never reaches a query as text.
/// </summary>
public static class StoreIds
{
    /// <summary>The user-facing id of a story (<c>s7</c>).</summary>
    public static string Story(long id) => "s" + id.ToString(CultureInfo.InvariantCulture);

    /// <summary>Parses <c>s7</c> or <c>7</c>; false for anything else.</summary>
    public static bool TryParseStory(string? text, out long id) => TryParse(text, 's', out id);

    private static bool TryParse(string? text, char prefix, out long id)
    {
        id = 0;
        if (string.IsNullOrEmpty(text))
            return false;
        var digits = text.AsSpan();
        if (digits[0] == prefix || digits[0] == char.ToUpperInvariant(prefix))
            digits = digits[1..];
        if (digits.Length is 0 or > 18)
            return false;
        foreach (char c in digits)
        {
            if (!char.IsAsciiDigit(c))
                return false;
        }
        id = long.Parse(digits, CultureInfo.InvariantCulture);
        return id > 0;
    }
}
