namespace Parallax.Analysis.Quantities;

/// <summary>Looks words up in the string tables by span, so scanning a text allocates no strings per token.</summary>
internal static class SpanLookup
{
    public static bool Has(this HashSet<string> set, ReadOnlySpan<char> key) =>
        set.GetAlternateLookup<ReadOnlySpan<char>>().Contains(key);

    public static bool Has<T>(this Dictionary<string, T> map, ReadOnlySpan<char> key) =>
        map.GetAlternateLookup<ReadOnlySpan<char>>().ContainsKey(key);

    public static bool Find<T>(this Dictionary<string, T> map, ReadOnlySpan<char> key, out T value) =>
        map.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(key, out value!);
}
