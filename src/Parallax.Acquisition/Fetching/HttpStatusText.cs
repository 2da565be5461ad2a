namespace Parallax.Acquisition.Fetching;

/// <summary>One line for an HTTP status that ends a fetch, in the words a user acts on.</summary>
internal static class HttpStatusText
{
    public static string Failure(int status, string? reason, int attempts) => status switch
    {
        401 or 407 => $"login required ({status})",
        403 or 451 => $"blocked ({status} {reason})".Replace(" )", ")", StringComparison.Ordinal),
        404 or 410 => $"gone ({status})",
        429 => $"rate limited (429){Tries(attempts)}",
        >= 500 => $"server error ({status}){Tries(attempts)}",
        _ => $"HTTP {status} {reason}".TrimEnd(),
    };

    private static string Tries(int attempts) => attempts > 1 ? $" after {attempts} tries" : "";
}
