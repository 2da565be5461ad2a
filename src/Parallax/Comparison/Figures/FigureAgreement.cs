using System.Collections.Frozen;
using System.Globalization;
using Parallax.Analysis;

namespace Parallax.Comparison.Figures;

/// <summary>
/// Whether figures of several outlets can all be true at once. Each figure stands for the interval of values
/// its wording allows, and the figures agree when the intervals share a value:
/// <list type="bullet">
/// <item>an exact figure is rounded to the precision written: just under half its last written place, at most 4 % of it
/// ("$3bn" holds 2.9bn; "34,000" holds 34,200; "52 percent" holds 52.3%; a whole count is exact: "58" holds only 58,
/// "40 passengers" does not hold 38);</item>
/// <item>"about", "some", "around", "an estimated": 4 % either side, up to 10 % for a round figure (half its last
/// written place: "about 100" holds 90–110, "about 1.4 billion" holds 1.375 billion, "about 4.2 million" not 3.8 million);</item>
/// <item>a lower bound ("more than", "at least", "over"): from the figure up 10 %, or up one place of its last written
/// digit if that is more, at most 25 % ("more than 30" holds 32, "more than 40" holds 48, "more than 5,000" holds 5,200;
/// "at least 24" does not hold 100: an outlet that knew of 100 would not write "at least 24");</item>
/// <item>an upper bound ("nearly", "almost", "up to", "fewer than"): the same step below the figure, at most 15 %;</item>
/// <item>a range ("30 to 40"): its two ends.</item>
/// </list>
/// </summary>
internal static class FigureAgreement
{
    /// <summary>Half-width of an exact figure's interval as a share of its last written place.</summary>
    public const double ExactShareOfPlace = 0.45;

    /// <summary>Half-width of an exact figure's interval, at most, as a share of it.</summary>
    public const double RoundingShare = 0.04;

    /// <summary>
    /// The least whole measure read as rounded ("52 percent" holds 52.3%, "61%" holds 60.8 percent): small whole
    /// percentages are said of several things in one story ("6%" for one country, "5.9%" for the world), so a
    /// single-digit one holds only itself.
    /// </summary>
    public const double MinRoundedWholeMeasure = 10;

    /// <summary>Least half-width of "about X", as a share of X ("about 1.4 billion" holds 1.375 billion).</summary>
    public const double AboutShare = 0.04;

    /// <summary>
    /// Most half-width of "about X" when X is round, and the least step of a bound, as a share of X ("about 100": 90–110;
    /// "at least 58": 58–63.8).
    /// </summary>
    public const double HedgeShare = 0.10;

    /// <summary>
    /// An upper bound's step may reach one place of its last written digit up to this share of it ("nearly 2,000":
    /// 1,700–2,000; "almost 8": 7–8).
    /// </summary>
    public const double BoundShare = 0.15;

    /// <summary>
    /// A lower bound's step may reach one place of its last written digit up to this share of it: "more than 40" holds 48
    /// (the next round figure, "nearly 50", would have been as true), "at least 100" holds 123, "more than 2,000" 2,500; but
    /// "at least 24" does not hold 100. Wider than <see cref="BoundShare"/>: reporters write a lower bound to the round figure
    /// below, so it lies further under the count than "nearly" lies over it.
    /// </summary>
    public const double LowerBoundShare = 0.25;

    private static readonly FrozenSet<string> Lower = new[]
    {
        "more than", "at least", "over", "above", "in excess of", "upwards of", "greater than", "higher than", "well over",
        "just over", "slightly more than", ">", "≥",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> Upper = new[]
    {
        "nearly", "almost", "up to", "less than", "fewer than", "under", "below", "just under", "well under", "at most",
        "as many as", "as much as", "lower than", "slightly less than", "close to", "barely", "<", "≤",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>+1 for a lower bound ("more than", "at least"), −1 for an upper bound ("below", "nearly"), 0 otherwise.</summary>
    public static int BoundOf(Quantity q)
    {
        var hedge = q.Approximation?.Trim();
        return hedge is null ? 0 : Lower.Contains(hedge) ? 1 : Upper.Contains(hedge) ? -1 : 0;
    }

    /// <summary>The values a quantity's wording allows.</summary>
    public static (double Low, double High) Interval(Quantity q)
    {
        double x = q.Value, size = Math.Abs(x);
        double place = Place(q);
        if (q.High is double high)
            return (Math.Min(x, high), Math.Max(x, high));
        // A round figure is a coarser hedge than a precise one: "about 100" spans 90–110, "about 4.2 million" 4.03–4.37 million.
        double step = Math.Max(HedgeShare * size, Math.Min(place, BoundShare * size));
        switch (BoundOf(q))
        {
            case 1:
                return (x, x + Math.Max(HedgeShare * size, Math.Min(place, LowerBoundShare * size)));
            case -1:
                return (x - step, x);
        }
        if (q.Approximation is not null)
        {
            double around = Math.Max(AboutShare * size, Math.Min(place / 2, HedgeShare * size));
            return (x - around, x + around);
        }
        // Just under half a place, so that two exact counts one apart ("212" / "213") do not touch.
        // A whole count written to the unit ("38 people") is exact; a measure is rounded like any figure ("52 percent"
        // holds 52.3%, "61%" holds 60.8 percent).
        bool whole = place <= 1 && x == Math.Floor(x);
        double half = whole && (size < MinRoundedWholeMeasure || !IsMeasure(q.Unit)) ? 0 : Math.Min(ExactShareOfPlace * place, RoundingShare * size);
        return (x - half, x + half);
    }

    /// <summary>Whether a unit measures (percent, a currency, km, degrees) rather than counts; cached per unit name.</summary>
    private static bool IsMeasure(string? unit) =>
        unit is { Length: > 0 } u && Measures.GetOrAdd(u, static x => Analysis.Quantities.UnitLexicon.Match(x, 0, attached: false, out _) is not null);

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, bool> Measures = new(StringComparer.Ordinal);

    /// <summary>True when one value lies in every member's interval.</summary>
    public static bool Agree(IEnumerable<Quantity> members) => Agree(members.Select(q => (q, 0)));

    /// <summary>
    /// True when one value lies in every member's interval, a toll that counts its attackers ("nine, including the
    /// gunman") read as either count: with them or without them ("eight" agrees with it).
    /// </summary>
    public static bool Agree(IEnumerable<(Quantity Quantity, int Perpetrators)> members)
    {
        double low = double.NegativeInfinity, high = double.PositiveInfinity;
        foreach (var (q, perpetrators) in members)
        {
            var (l, h) = Interval(q);
            l -= perpetrators;
            low = Math.Max(low, l);
            high = Math.Min(high, h);
        }
        return low <= high + 1e-9 * Math.Max(1, Math.Abs(high));
    }

    /// <summary>
    /// <see cref="Agree(IEnumerable{ValueTuple{Quantity, int}})"/> for two figures without building a sequence: it runs for
    /// every scored pair of a story's figures.
    /// </summary>
    public static bool Agree(Quantity a, int perpetratorsA, Quantity b, int perpetratorsB)
    {
        var (la, ha) = Interval(a);
        var (lb, hb) = Interval(b);
        double low = Math.Max(la - perpetratorsA, lb - perpetratorsB);
        double high = Math.Min(ha, hb);
        return low <= high + 1e-9 * Math.Max(1, Math.Abs(high));
    }

    /// <summary>
    /// The place of the last digit written, in the quantity's own units: 1,000 for "34,000" or "5 thousand", 0.1 billion
    /// for "$2.9bn", 10 for "forty". Read from the first run of digits of the text, scaled by the value it stands for.
    /// </summary>
    public static double Place(Quantity q)
    {
        var text = q.Text;
        int i = 0;
        while (i < text.Length && !char.IsDigit(text[i]))
            i++;
        if (i == text.Length)
            return TrailingZeros(Math.Abs(q.Value));
        int j = i;
        while (j < text.Length && (char.IsDigit(text[j]) || ((text[j] == ',' || text[j] == '.') && j + 1 < text.Length && char.IsDigit(text[j + 1]))))
            j++;
        var digits = text[i..j].Replace(",", "", StringComparison.Ordinal);
        if (!double.TryParse(digits, NumberStyles.Float, CultureInfo.InvariantCulture, out var written) || written == 0)
            return 1;
        double scale = Math.Abs(q.Value / written);
        if (!double.IsFinite(scale) || scale == 0)
            scale = 1;
        int dot = digits.IndexOf('.');
        double place = dot >= 0 ? Math.Pow(10, -(digits.Length - dot - 1)) : TrailingZeros(written);
        return place * scale;
    }

    private static double TrailingZeros(double value)
    {
        double place = 1;
        if (value < 1 || value != Math.Floor(value))
            return 1;
        while (value >= place * 10 && value % (place * 10) == 0)
            place *= 10;
        return place;
    }
}
