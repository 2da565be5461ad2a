using Parallax.Comparison;

namespace Parallax.Tests.Comparison;

public class ContentWordsTests
{
    [Theory]
    [InlineData("the port will stay open", "Officials said the port will stay open all winter", 3, true)]
    [InlineData("port will stay", "the port will stay open", 3, true)]
    [InlineData("port stay open", "the port will stay open", 3, false)]
    [InlineData("stay open", "the port will stay open", 3, false)]
    [InlineData("The Port’s gates", "they shut the port's gates at dawn", 3, true)]
    public void A_fragment_is_the_shorter_passage_lying_word_for_word_in_the_longer(string a, string b, int minWords, bool expected)
    {
        Assert.Equal(expected, ContentWords.IsFragmentOf(ContentWords.Of(a), ContentWords.Of(b), minWords));
        Assert.Equal(expected, ContentWords.IsFragmentOf(ContentWords.Of(b), ContentWords.Of(a), minWords));
    }

    [Theory]
    [InlineData("one two three four five six seven", "zero two three four five six seven eight", 6, true)]
    [InlineData("one two three four five six seven", "zero two three four five six eight", 6, false)]
    [InlineData("One, two: three four five six.", "one two three four five six", 6, true)]
    public void A_shared_run_is_that_many_identical_words_in_a_row(string a, string b, int n, bool expected)
    {
        Assert.Equal(expected, ContentWords.ShareRun(ContentWords.Of(a), ContentWords.Of(b), n));
        // Asked again with another run size, the cached runs must not answer for the first size.
        Assert.False(ContentWords.ShareRun(ContentWords.Of(a), ContentWords.Of(b), 9));
    }

    [Theory]
    [InlineData("The ferry is not running", true)]
    [InlineData("The ferry isn’t running", true)]
    [InlineData("We never said it wasn't safe", false)]
    [InlineData("The ferry is running", false)]
    [InlineData("Nobody was hurt", true)]
    public void A_passage_is_negated_by_an_odd_number_of_negations(string text, bool expected) =>
        Assert.Equal(expected, ContentWords.Of(text).Negated);

    [Theory]
    [InlineData("Green Harbour Pass", true)]
    [InlineData("State of the Union", true)]
    [InlineData("Treasury must furnish the records", false)]
    [InlineData("of the", false)]
    public void A_passage_of_capitalised_content_words_only_is_a_name(string text, bool expected) =>
        Assert.Equal(expected, ContentWords.Of(text).IsName);
}
