using System.Text.RegularExpressions;

namespace Parallax.Extraction.Metadata;

/// <summary>Language values as BCP 47-style codes: "en_US" becomes "en-US"; prose ("italiano (italian)") is refused.</summary>
internal static partial class LanguageCode
{
    public static string? Normalize(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
            return null;
        var v = value.Trim().Replace('_', '-');
        return Code().IsMatch(v) ? v : null;
    }

    [GeneratedRegex(@"^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8}){0,2}$", RegexOptions.CultureInvariant)]
    private static partial Regex Code();
}
