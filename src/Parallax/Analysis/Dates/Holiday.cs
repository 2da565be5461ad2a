using System.Collections.Frozen;

namespace Parallax.Analysis.Dates;

/// <summary>The named days <see cref="HolidayCalendar"/> computes.</summary>
internal enum Holiday
{
    NewYearsDay, NewYearsEve, MartinLutherKingDay, PresidentsDay, ValentinesDay, StPatricksDay,
    AshWednesday, PalmSunday, MaundyThursday, GoodFriday, Easter, EasterMonday, OrthodoxEaster, OrthodoxChristmas, Ascension, Pentecost, WhitMonday,
    MayDay, EarlyMayBankHoliday, SpringBankHoliday, SummerBankHoliday, EnglishBankHoliday,
    MemorialDay, Juneteenth, IndependenceDay, BastilleDay, LaborDay, ColumbusDay, Halloween, GuyFawkesNight, ElectionDay, VeteransDay,
    RemembranceSunday, Thanksgiving, ChristmasEve, Christmas, BoxingDay,
    Passover, RoshHashanah, YomKippur, Hanukkah,
    Ramadan, EidAlFitr, EidAlAdha, Eid, IslamicNewYear,
    Diwali, LunarNewYear,
}

/// <summary>
/// The names a holiday is written under, folded by <see cref="Fold"/> (lowercase, no apostrophes, dots or
/// commas, hyphens as spaces), so "Presidents' Day", "President's Day" and "Presidents Day" are one entry.
/// </summary>
internal static class HolidayNames
{
    public static readonly FrozenDictionary<string, Holiday> ByName = new Dictionary<string, Holiday>(StringComparer.Ordinal)
    {
        ["new years"] = Holiday.NewYearsDay, ["new years day"] = Holiday.NewYearsDay, ["new years eve"] = Holiday.NewYearsEve,
        ["martin luther king day"] = Holiday.MartinLutherKingDay, ["martin luther king jr day"] = Holiday.MartinLutherKingDay, ["mlk day"] = Holiday.MartinLutherKingDay,
        ["presidents day"] = Holiday.PresidentsDay, ["president day"] = Holiday.PresidentsDay, ["washingtons birthday"] = Holiday.PresidentsDay,
        ["valentines day"] = Holiday.ValentinesDay, ["st patricks day"] = Holiday.StPatricksDay, ["saint patricks day"] = Holiday.StPatricksDay,
        ["ash wednesday"] = Holiday.AshWednesday, ["palm sunday"] = Holiday.PalmSunday, ["maundy thursday"] = Holiday.MaundyThursday,
        ["holy thursday"] = Holiday.MaundyThursday, ["good friday"] = Holiday.GoodFriday,
        ["easter"] = Holiday.Easter, ["easter sunday"] = Holiday.Easter, ["easter day"] = Holiday.Easter, ["easter monday"] = Holiday.EasterMonday,
        ["orthodox easter"] = Holiday.OrthodoxEaster, ["orthodox easter sunday"] = Holiday.OrthodoxEaster, ["orthodox christmas"] = Holiday.OrthodoxChristmas,
        ["ascension day"] = Holiday.Ascension, ["pentecost"] = Holiday.Pentecost, ["whit monday"] = Holiday.WhitMonday,
        ["may day"] = Holiday.MayDay, ["early may bank holiday"] = Holiday.EarlyMayBankHoliday, ["may bank holiday"] = Holiday.EarlyMayBankHoliday,
        ["spring bank holiday"] = Holiday.SpringBankHoliday, ["summer bank holiday"] = Holiday.SummerBankHoliday,
        ["august bank holiday"] = Holiday.SummerBankHoliday, ["bank holiday"] = Holiday.EnglishBankHoliday,
        ["memorial day"] = Holiday.MemorialDay, ["juneteenth"] = Holiday.Juneteenth, ["independence day"] = Holiday.IndependenceDay,
        ["fourth of july"] = Holiday.IndependenceDay, ["the fourth of july"] = Holiday.IndependenceDay,
        ["bastille day"] = Holiday.BastilleDay, ["labor day"] = Holiday.LaborDay, ["columbus day"] = Holiday.ColumbusDay,
        ["halloween"] = Holiday.Halloween, ["guy fawkes night"] = Holiday.GuyFawkesNight, ["guy fawkes day"] = Holiday.GuyFawkesNight,
        ["bonfire night"] = Holiday.GuyFawkesNight, ["election day"] = Holiday.ElectionDay,
        ["veterans day"] = Holiday.VeteransDay, ["armistice day"] = Holiday.VeteransDay, ["remembrance day"] = Holiday.VeteransDay,
        ["remembrance sunday"] = Holiday.RemembranceSunday, ["thanksgiving"] = Holiday.Thanksgiving, ["thanksgiving day"] = Holiday.Thanksgiving,
        ["christmas eve"] = Holiday.ChristmasEve, ["christmas"] = Holiday.Christmas, ["christmas day"] = Holiday.Christmas, ["boxing day"] = Holiday.BoxingDay,
        ["passover"] = Holiday.Passover, ["pesach"] = Holiday.Passover, ["rosh hashanah"] = Holiday.RoshHashanah, ["rosh hashana"] = Holiday.RoshHashanah,
        ["yom kippur"] = Holiday.YomKippur, ["hanukkah"] = Holiday.Hanukkah, ["hanukah"] = Holiday.Hanukkah, ["chanukah"] = Holiday.Hanukkah,
        ["ramadan"] = Holiday.Ramadan,
        ["eid al fitr"] = Holiday.EidAlFitr, ["eid ul fitr"] = Holiday.EidAlFitr, ["eid el fitr"] = Holiday.EidAlFitr,
        ["eid al adha"] = Holiday.EidAlAdha, ["eid ul adha"] = Holiday.EidAlAdha, ["eid el adha"] = Holiday.EidAlAdha, ["eid"] = Holiday.Eid,
        ["islamic new year"] = Holiday.IslamicNewYear,
        ["diwali"] = Holiday.Diwali, ["deepavali"] = Holiday.Diwali, ["lunar new year"] = Holiday.LunarNewYear, ["chinese new year"] = Holiday.LunarNewYear,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Lowercase words after a holiday's name that keep it a day ("Christmas holidays", "Labor Day weekend").</summary>
    public static readonly FrozenSet<string> TemporalHeads = new[]
    {
        "holiday", "holidays", "weekend", "season", "break", "recess", "vacation", "period", "week", "eve", "morning", "afternoon",
        "evening", "night", "day", "time", "rush", "deadline",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Lowercase verbs and auxiliaries that may follow a holiday used as a subject ("Christmas is", "Ramadan begins",
    /// "Easter falls"); any other lowercase word after it makes the name a modifier ("Christmas tree").
    /// </summary>
    public static readonly FrozenSet<string> FollowingVerbs = new[]
    {
        "is", "was", "are", "were", "will", "would", "has", "had", "can", "could", "may", "might", "must", "should", "falls", "fell",
        "begins", "began", "starts", "started", "ends", "ended", "comes", "came", "approaches", "nears", "looms", "arrives", "passes",
        "lasts", "itself", "approaching", "ahead", "next", "last", "this", "again",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>The lookup key of a matched name: lowercase, apostrophes, dots and commas dropped, hyphens and runs of space as one space.</summary>
    public static string Fold(ReadOnlySpan<char> name)
    {
        Span<char> buffer = stackalloc char[name.Length];
        int n = 0;
        bool space = false;
        foreach (char ch in name)
        {
            if (ch is '\'' or '’' or '.' or ',')
                continue;
            if (char.IsWhiteSpace(ch) || ch == '-')
            {
                space = n > 0;
                continue;
            }
            if (space)
            {
                buffer[n++] = ' ';
                space = false;
            }
            buffer[n++] = char.ToLowerInvariant(ch);
        }
        return new string(buffer[..n]);
    }
}
