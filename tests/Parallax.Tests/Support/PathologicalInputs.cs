using System.Text;

namespace Parallax.Tests.Support;

/// <summary>
/// Hostile and degenerate article families (the same as bench/pathological.py), each generated at any size from a
/// fixed seed, for the budget regression tests and for a fuzzer to start from. Sizes are in UTF-16 characters.
/// </summary>
public static class PathologicalInputs
{
    /// <summary>Every family's name, whether it is HTML, and its generator.</summary>
    public static IReadOnlyList<(string Name, bool Html, Func<int, string> Make)> Families { get; } =
    [
        ("quotes-curly", false, n => Repeat("\u201cHe said, ", n)),
        ("quotes-straight", false, n => Repeat("\"He said, ", n)),
        ("quotes-guillemets", false, n => Repeat("\u00abIl a dit, ", n)),
        ("quotes-nested", false, n => Repeat("\u201cHe said \u2018she said \"they said ", n)),
        ("sentence-repeat", false, n => Repeat("The mayor said the bridge reopens after repairs costing $4 million. ", n)),
        ("quote-repeat", false, n => Repeat("\u201cWe will rebuild,\u201d said Mayor Ann Lee on March 3, 2021. ", n)),
        ("giant-sentence", false, n => Words(n)),
        ("huge-token", false, n => "Title\n\n" + new string('a', Math.Max(1, n - 7))),
        ("tiny-paragraphs", false, n => Repeat("Yes.\n\n", n)),
        ("digits", false, n => Digits(n)),
        ("numbers", false, n => Repeat("12 3.5 4,000 7% $9 ", n)),
        ("dates", false, n => Repeat("On March 3, 2021, then 4 April 2020 and last Tuesday, ", n)),
        ("names", false, n => Names(n)),
        ("urls", false, n => Repeat("See https://example.org/a/b?c=1 (Smith et al., 2020) and doi:10.1000/xyz. ", n)),
        ("junk", false, n => Junk(n)),
        ("html-deep", true, n => HtmlDeep(n)),
        ("html-wide", true, n => HtmlWide(n)),
    ];

    /// <summary>The family called <paramref name="name"/>.</summary>
    public static (string Name, bool Html, Func<int, string> Make) Family(string name) => Families.Single(f => f.Name == name);

    private static string Repeat(string unit, int size)
    {
        const string head = "Title\n\n";
        var sb = new StringBuilder(size + unit.Length);
        sb.Append(head);
        while (sb.Length + unit.Length <= size)
            sb.Append(unit);
        return sb.ToString();
    }

    private static string Words(int size)
    {
        var random = new Random(17);
        string[] vocabulary = ["river", "council", "Bridge", "said", "the", "of", "42", "million", "Mayor", "repairs"];
        var sb = new StringBuilder("Title\n\n", size + 16);
        while (sb.Length < size)
            sb.Append(vocabulary[random.Next(vocabulary.Length)]).Append(' ');
        return sb.ToString();
    }

    private static string Digits(int size)
    {
        var random = new Random(3);
        var sb = new StringBuilder("Title\n\n", size);
        while (sb.Length < size)
            sb.Append((char)('0' + random.Next(10)));
        return sb.ToString();
    }

    private static string Names(int size)
    {
        var random = new Random(5);
        string[] first = ["Ann", "Bola", "Chen", "Dmitri", "Eva", "Farid", "Gwen", "Hugo"];
        string[] last = ["Lee", "Adeyemi", "Wang", "Petrov", "Novak", "Haddad", "Jones", "Brandt"];
        var sb = new StringBuilder("Title\n\n", size + 80);
        while (sb.Length < size)
            sb.Append($"{first[random.Next(8)]} {last[random.Next(8)]} met {first[random.Next(8)]} {last[random.Next(8)]} of Acme Corp in Paris. ");
        return sb.ToString();
    }

    /// <summary>Random bytes read as Latin-1: every character from U+0000 to U+00FF, controls included.</summary>
    private static string Junk(int size)
    {
        var random = new Random(11);
        var sb = new StringBuilder("Title\n\n", size);
        while (sb.Length < size)
            sb.Append((char)random.Next(256));
        return sb.ToString();
    }

    private static string HtmlDeep(int size)
    {
        int n = Math.Max(1, (size - 60) / 11);
        var sb = new StringBuilder(size);
        sb.Append("<html><head><title>T</title></head><body>");
        sb.Insert(sb.Length, "<div>", n).Append("deep text").Insert(sb.Length, "</div>", n);
        return sb.Append("</body></html>").ToString();
    }

    private static string HtmlWide(int size)
    {
        const string unit = "<div><p>Short line of text.</p></div>\n";
        var sb = new StringBuilder("<html><head><title>T</title></head><body>", size + unit.Length);
        while (sb.Length + unit.Length < size)
            sb.Append(unit);
        return sb.Append("</body></html>").ToString();
    }
}
