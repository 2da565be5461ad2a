using System.Buffers.Text;
using System.Security.Cryptography;

namespace Parallax.Web.Security;

/// <summary>
/// Whether an access token is strong enough to guard a server: an estimate of at least 128 bits, counted as
/// its length times the bits of the alphabets it draws from (lower case, upper case, digits, other
/// printable), with at least 22 characters and 10 distinct ones (so <c>aaaa…</c> is refused). It is an
/// estimate, not a proof: <c>--token generate</c> makes one of 256 random bits.
/// </summary>
public static class TokenStrength
{
    public const int MinimumBits = 128;
    public const int MinimumLength = 22;
    private const int MinimumDistinct = 10;

    /// <summary>Why the token is too weak, or null when it is strong enough.</summary>
    public static string? Weakness(string token)
    {
        if (token.Any(c => char.IsControl(c) || char.IsWhiteSpace(c) || c > '~'))
            return "it holds spaces, control or non-ASCII characters (browsers and headers mangle them)";
        if (token.Length < MinimumLength)
            return $"it has {token.Length} characters; at least {MinimumLength} random ones are needed";
        if (token.Distinct().Count() < MinimumDistinct)
            return "it repeats too few characters to be random";
        double bits = token.Length * Math.Log2(Alphabet(token));
        if (bits < MinimumBits)
            return $"it holds about {bits:0} bits of randomness at most; at least {MinimumBits} are needed";
        return null;
    }

    /// <summary>A fresh token: 32 random bytes in base64url (43 characters, 256 bits).</summary>
    public static string Generate() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));

    private static int Alphabet(string token)
    {
        int size = 0;
        if (token.Any(char.IsAsciiLetterLower))
            size += 26;
        if (token.Any(char.IsAsciiLetterUpper))
            size += 26;
        if (token.Any(char.IsAsciiDigit))
            size += 10;
        if (token.Any(c => !char.IsAsciiLetterOrDigit(c)))
            size += 32;
        return size;
    }
}
