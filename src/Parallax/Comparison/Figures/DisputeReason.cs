using System.Buffers;
using System.Globalization;
using Parallax.Analysis;
using Parallax.Analysis.Quantities;

namespace Parallax.Comparison.Figures;

/// <summary>
/// Why a group's figures disagree, in a line a reader takes in at once: each outlet's wording of the number once, then
/// what the figures count ("at least 58 vs 72 people killed", "more than 400 vs more than 540 shootings", "$2.9bn vs
/// $3.4bn").
/// </summary>
internal static class DisputeReason
{
    /// <summary>Nouns longer than this are not repeated after the numbers ("one of the Islamic State drone targets").</summary>
    private const int MaxNounWords = 4;

    /// <summary>The reason of a disputed group from its judged members.</summary>
    public static string Of(IReadOnlyList<Figure> members) =>
        Why(members.Select(m => (m.Quantity, m.Perpetrators)), WhatTheyCount(members), counted: !members.Any(m => m.Measure));

    /// <summary>Why figures disagree: their distinct wordings, in order, and what they count ("at least 58 vs 72 killed").</summary>
    public static string Why(IEnumerable<Quantity> members, string? what, bool counted = true) =>
        Why(members.Select(q => (q, 0)), what, counted);

    /// <summary>
    /// Why figures disagree, a toll that counts its attackers said so ("at least 9 with the attacker vs 6 killed"). A count's
    /// wording is its number alone ("Thirty civilians" reads "thirty"), so that one number written with two nouns is
    /// said once; a measure keeps its unit ("$1.2 trillion", "six hours").
    /// </summary>
    public static string Why(IEnumerable<(Quantity Quantity, int Perpetrators)> members, string? what, bool counted = true)
    {
        var seen = new List<string>();
        foreach (var (q, perpetrators) in members)
        {
            var number = Number(q, counted);
            var written = q.Approximation is { Length: > 0 } a ? $"{a} {number}" : number;
            if (counted)
                written = written.ToLowerInvariant();
            if (perpetrators > 0)
                written += perpetrators == 1 ? " with the attacker" : $" with {perpetrators} attackers";
            if (!seen.Contains(written, StringComparer.OrdinalIgnoreCase))
                seen.Add(written);
        }
        var why = string.Join(" vs ", seen);
        return string.IsNullOrWhiteSpace(what) ? why : $"{why} {what}";
    }

    /// <summary>
    /// What the figures count, said once after them: for persons, the noun all members share and what happened to them
    /// ("people killed"), or what happened alone when outlets name them differently (civilians, people); for things, their
    /// noun as written ("shootings": the clause's event may be what happened to others, "400 shootings ... killed 150
    /// people"); for measures, what happened, the unit being in each wording.
    /// </summary>
    public static string? WhatTheyCount(IReadOnlyList<Figure> members)
    {
        var happened = members.SelectMany(m => m.Events).FirstOrDefault();
        if (members.Any(m => m.Measure))
            return happened;
        var named = members.Where(m => m.UnitKey.Length > 0).ToList();
        // A plural before a singular, and one written in lower case before a headline's capitals ("9 Civilians").
        var nouns = named.Where(m => m.Quantity.Value != 1).Concat(named)
            .Select(m => NounWritten(m.Quantity)).OfType<string>().ToList();
        var noun = nouns.FirstOrDefault(n => char.IsLower(n[0])) ?? nouns.FirstOrDefault();
        bool oneNoun = named.Count == members.Count && named.All(m => m.UnitKey == named[0].UnitKey);
        if (members.Any(m => m.People || m.Persons))
            return happened is null ? noun : oneNoun && noun is not null ? $"{noun} {happened}" : happened;
        return noun ?? happened;
    }

    /// <summary>
    /// The words after a count's number, as written ("domestic flights" of "1,800 domestic flights"); null when there are
    /// none or more than <see cref="MaxNounWords"/>.
    /// </summary>
    public static string? NounWritten(Quantity q)
    {
        if (q.Unit is null)
            return null;
        var (_, noun) = Split(q.Text);
        if (noun is null || !char.IsLetter(noun[0]))
            return null;
        return noun.Count(char.IsWhiteSpace) + 1 > MaxNounWords ? null : noun;
    }

    /// <summary>The number as written: a count's number words alone, a measure whole; the value when the text is empty.</summary>
    private static string Number(Quantity q, bool counted)
    {
        if (q.Text.Length == 0)
            return q.Value.ToString("N0", CultureInfo.InvariantCulture);
        return counted && q.High is null && q.Unit is not null ? Split(q.Text).Number : q.Text;
    }

    /// <summary>
    /// A count's text split after its number words ("Thirty-five" and "people", "1,800" and "domestic flights", "a quarter
    /// of a million" and "people"); the noun is null when the text is all number, and the text is all number when it
    /// starts with none.
    /// </summary>
    internal static (string Number, string? Noun) Split(string text)
    {
        int end = 0, i = 0;
        while (i < text.Length)
        {
            int j = i;
            while (j < text.Length && !char.IsWhiteSpace(text[j]))
                j++;
            var word = text.AsSpan(i, j - i);
            if (IsNumberWord(word))
                end = j;
            else if (!IsConnector(word))
                break;
            i = j;
            while (i < text.Length && char.IsWhiteSpace(text[i]))
                i++;
        }
        if (end == 0)
            return (text, null);
        // "hundreds of others": the connector belongs to neither.
        var rest = text[end..].Trim();
        while (rest.IndexOf(' ') is int space and > 0 && IsConnector(rest.AsSpan(0, space)))
            rest = rest[(space + 1)..].TrimStart();
        return (text[..end], rest.Length == 0 ? null : rest);
    }

    /// <summary>Words between number words ("a quarter of a million", "two hundred and ten").</summary>
    private static bool IsConnector(ReadOnlySpan<char> word) =>
        word.Equals("a", StringComparison.OrdinalIgnoreCase) || word.Equals("an", StringComparison.OrdinalIgnoreCase)
        || word.Equals("of", StringComparison.OrdinalIgnoreCase) || word.Equals("and", StringComparison.OrdinalIgnoreCase);

    private static readonly SearchValues<char> Hyphens = SearchValues.Create("-\u2010\u2011\u2013");

    private static bool IsNumberWord(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty)
            return false;
        if (char.IsDigit(word[0]) || word[0] is '$' or '€' or '£' && word.Length > 1 && char.IsDigit(word[1]))
            return word.IndexOfAny(Hyphens) < 0 || IsAllDigitsAndSigns(word);
        foreach (var range in word.SplitAny(Hyphens))
        {
            var part = word[range];
            if (!(NumberWords.Cardinals.Has(part) || NumberWords.Tens.Has(part) || NumberWords.Scales.Has(part)
                    || NumberWords.VaguePlurals.Has(part) || NumberWords.Fractions.Has(part)
                    || part.Equals("dozen", StringComparison.OrdinalIgnoreCase)))
                return false;
        }
        return true;
    }

    /// <summary>"2-3" or "212-208": a number written with a dash is still all number; "14-nation" is not.</summary>
    private static bool IsAllDigitsAndSigns(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (!char.IsDigit(c) && c is not (',' or '.' or '-' or '\u2010' or '\u2011' or '\u2013' or '$' or '€' or '£'))
                return false;
        }
        return true;
    }
}
