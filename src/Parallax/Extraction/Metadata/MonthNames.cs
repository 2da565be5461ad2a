using System.Collections.Frozen;

namespace Parallax.Extraction.Metadata;

/// <summary>
/// Month names and their usual abbreviations in the languages news pages are most often written in,
/// mapped to 1..12 (looked up case-insensitively). Genitive and accented forms are listed as they appear on pages.
/// </summary>
internal static class MonthNames
{
    private static readonly (int Month, string[] Names)[] Table =
    [
        (1, ["january", "jan", "januar", "janvier", "janv", "enero", "ene", "gennaio", "gen", "janeiro", "januari", "stycznia", "styczeń", "ocak", "января", "январь", "січня", "tammikuuta", "január", "ledna", "sausio", "siječnja", "janar", "ianuarie", "يناير", "Ιανουαρίου", "januar"]),
        (2, ["february", "feb", "februar", "février", "fevrier", "févr", "fev", "febrero", "febbraio", "fevereiro", "februari", "lutego", "luty", "şubat", "subat", "февраля", "февраль", "лютого", "helmikuuta", "február", "února", "vasario", "veljače", "shkurt", "februarie", "فبراير", "شباط", "Φεβρουαρίου", "pebrero"]),
        (3, ["march", "mar", "märz", "maerz", "mars", "marzo", "março", "marco", "maart", "marca", "marzec", "mart", "марта", "март", "березня", "maaliskuuta", "március", "března", "kovo", "ožujka", "mars", "martie", "maret", "مارس", "آذار", "Μαρτίου", "marso"]),
        (4, ["april", "apr", "avril", "avr", "abril", "abr", "aprile", "kwietnia", "kwiecień", "nisan", "апреля", "апрель", "квітня", "huhtikuuta", "április", "dubna", "balandžio", "travnja", "prill", "aprilie", "أبريل", "ابريل", "نيسان", "Απριλίου", "abril"]),
        (5, ["may", "mai", "mayo", "maggio", "mag", "maio", "mei", "maja", "maj", "mayıs", "mayis", "мая", "май", "травня", "toukokuuta", "május", "května", "gegužės", "svibnja", "maj", "mai", "مايو", "أيار", "Μαΐου", "mayo"]),
        (6, ["june", "jun", "juni", "juin", "junio", "giugno", "giu", "junho", "czerwca", "czerwiec", "haziran", "июня", "июнь", "червня", "kesäkuuta", "június", "června", "birželio", "lipnja", "qershor", "iunie", "يونيو", "حزيران", "Ιουνίου", "hunyo"]),
        (7, ["july", "jul", "juli", "juillet", "juil", "julio", "luglio", "lug", "julho", "lipca", "lipiec", "temmuz", "июля", "июль", "липня", "heinäkuuta", "július", "července", "liepos", "srpnja", "korrik", "iulie", "يوليو", "تموز", "Ιουλίου", "hulyo"]),
        (8, ["august", "aug", "août", "aout", "agosto", "ago", "augustus", "sierpnia", "sierpień", "ağustos", "agustos", "августа", "август", "серпня", "elokuuta", "augusztus", "srpna", "rugpjūčio", "kolovoza", "gusht", "agustus", "أغسطس", "اغسطس", "آب", "Αυγούστου", "agosto"]),
        (9, ["september", "sep", "sept", "septembre", "septiembre", "settembre", "set", "setembro", "september", "września", "wrzesień", "eylül", "eylul", "сентября", "сентябрь", "вересня", "syyskuuta", "szeptember", "září", "rugsėjo", "rujna", "shtator", "septembrie", "سبتمبر", "أيلول", "Σεπτεμβρίου", "setyembre"]),
        (10, ["october", "oct", "oktober", "octobre", "octubre", "ottobre", "ott", "outubro", "out", "października", "październik", "ekim", "октября", "октябрь", "жовтня", "lokakuuta", "október", "října", "spalio", "tetor", "octombrie", "oktober", "أكتوبر", "اكتوبر", "Οκτωβρίου", "oktubre"]),
        (11, ["november", "nov", "novembre", "noviembre", "novembro", "listopada", "listopad", "kasım", "kasim", "ноября", "ноябрь", "листопада", "marraskuuta", "november", "listopadu", "lapkričio", "studenoga", "nëntor", "noiembrie", "نوفمبر", "Νοεμβρίου", "nobyembre"]),
        (12, ["december", "dec", "dezember", "dez", "décembre", "decembre", "déc", "diciembre", "dic", "dicembre", "dezembro", "grudnia", "grudzień", "aralık", "aralik", "декабря", "декабрь", "грудня", "joulukuuta", "december", "prosince", "gruodžio", "prosinca", "dhjetor", "decembrie", "desember", "ديسمبر", "Δεκεμβρίου", "disyembre"]),
    ];

    private static readonly FrozenDictionary<string, int> ByName = Build();

    private static FrozenDictionary<string, int> Build()
    {
        var map = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var (month, names) in Table)
        {
            foreach (var name in names)
                map.TryAdd(name, month); // a word shared by two languages keeps its first month
        }
        return map.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The month a word names (trailing period ignored), or 0.</summary>
    public static int Lookup(ReadOnlySpan<char> word)
    {
        word = word.TrimEnd('.');
        var lookup = ByName.GetAlternateLookup<ReadOnlySpan<char>>();
        return lookup.TryGetValue(word, out int month) ? month : 0;
    }
}
