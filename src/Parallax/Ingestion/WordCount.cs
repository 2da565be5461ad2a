namespace Parallax.Ingestion;

/// <summary>Words in an article's text, as the follow monitor counts them to flag pages with too little text to be articles.</summary>
internal static class WordCount
{
    /// <summary>Fewer words than this: a page flagged as having no article text (sources list --health).</summary>
    public const int NoTextWords = 50;

    /// <summary>Runs of letters and digits in <paramref name="text"/>.</summary>
    public static int Of(string text)
    {
        int words = 0;
        bool inWord = false;
        foreach (char ch in text)
        {
            bool letter = char.IsLetterOrDigit(ch);
            if (letter && !inWord)
                words++;
            inWord = letter;
        }
        return words;
    }
}
