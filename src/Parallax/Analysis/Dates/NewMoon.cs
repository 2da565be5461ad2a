namespace Parallax.Analysis.Dates;

/// <summary>
/// The instant of a new moon, from Meeus, <i>Astronomical Algorithms</i> (2nd ed., ch. 49): the mean lunation
/// with the periodic terms of the Sun's and Moon's anomalies and the Moon's latitude argument. The planetary
/// terms (under a minute) and ΔT (about a minute) are left out: a few minutes' error, well inside what a
/// calendar day needs.
/// </summary>
internal static class NewMoon
{
    /// <summary>The Julian Day of 0001-01-01 at midnight (<see cref="DateOnly.DayNumber"/> 0).</summary>
    private const double JulianDayOfDayNumberZero = 1721425.5;

    private const double SynodicMonth = 29.530588861;

    /// <summary>The new moon of 2000-01-06 (lunation k = 0), in Julian Ephemeris Days.</summary>
    private const double Epoch = 2451550.09766;

    /// <summary>The Julian Day at the midnight (UTC) that starts <paramref name="day"/>.</summary>
    public static double JulianDay(DateOnly day) => day.DayNumber + JulianDayOfDayNumberZero;

    /// <summary>The calendar day of a Julian Day Number (the day whose noon it counts).</summary>
    public static DateOnly FromJulianDayNumber(long julianDayNumber) => DateOnly.FromDayNumber((int)(julianDayNumber - (long)(JulianDayOfDayNumberZero + 0.5)));

    /// <summary>The first new moon after the Julian Day <paramref name="julianDay"/>, as a Julian Day (UTC).</summary>
    public static double NextAfter(double julianDay)
    {
        int k = (int)Math.Floor((julianDay - Epoch) / SynodicMonth) - 1;
        double moon = Instant(k);
        while (moon <= julianDay)
            moon = Instant(++k);
        return moon;
    }

    /// <summary>The new moon of lunation <paramref name="k"/> (0 = January 2000).</summary>
    public static double Instant(int k)
    {
        double t = k / 1236.85, t2 = t * t, t3 = t2 * t, t4 = t3 * t;
        double jde = Epoch + SynodicMonth * k + 0.00015437 * t2 - 0.000000150 * t3 + 0.00000000073 * t4;
        double e = 1 - 0.002516 * t - 0.0000074 * t2;
        double m = Radians(2.5534 + 29.10535670 * k - 0.0000014 * t2 - 0.00000011 * t3);
        double mp = Radians(201.5643 + 385.81693528 * k + 0.0107582 * t2 + 0.00001238 * t3 - 0.000000058 * t4);
        double f = Radians(160.7108 + 390.67050284 * k - 0.0016118 * t2 - 0.00000227 * t3 + 0.000000011 * t4);
        double omega = Radians(124.7746 - 1.56375588 * k + 0.0020672 * t2 + 0.00000215 * t3);
        double correction =
            -0.40720 * Math.Sin(mp)
            + 0.17241 * e * Math.Sin(m)
            + 0.01608 * Math.Sin(2 * mp)
            + 0.01039 * Math.Sin(2 * f)
            + 0.00739 * e * Math.Sin(mp - m)
            - 0.00514 * e * Math.Sin(mp + m)
            + 0.00208 * e * e * Math.Sin(2 * m)
            - 0.00111 * Math.Sin(mp - 2 * f)
            - 0.00057 * Math.Sin(mp + 2 * f)
            + 0.00056 * e * Math.Sin(2 * mp + m)
            - 0.00042 * Math.Sin(3 * mp)
            + 0.00042 * e * Math.Sin(m + 2 * f)
            + 0.00038 * e * Math.Sin(m - 2 * f)
            - 0.00024 * e * Math.Sin(2 * mp - m)
            - 0.00017 * Math.Sin(omega)
            - 0.00007 * Math.Sin(mp + 2 * m)
            + 0.00004 * Math.Sin(2 * mp - 2 * f)
            + 0.00004 * Math.Sin(3 * m)
            + 0.00003 * Math.Sin(mp + m - 2 * f)
            + 0.00003 * Math.Sin(2 * mp + 2 * f)
            - 0.00003 * Math.Sin(mp + m + 2 * f)
            + 0.00003 * Math.Sin(mp - m + 2 * f)
            - 0.00002 * Math.Sin(mp - m - 2 * f)
            - 0.00002 * Math.Sin(3 * mp + m)
            + 0.00002 * Math.Sin(4 * mp);
        return jde + correction;
    }

    private static double Radians(double degrees) => degrees % 360 * Math.PI / 180;
}
