using Parallax.Comparison.Quotes;

namespace Parallax.Tests.Comparison;

public class QuoteWordingTests
{
    [Theory]
    [InlineData("It’s a hard call", "It is a hard call")]
    [InlineData("It's a hard call", "It is a hard call")]
    [InlineData("We don't know", "We do not know")]
    [InlineData("They won't stop", "They will not stop")]
    [InlineData("I can't say", "I can not say")]
    [InlineData("I cannot say", "I can not say")]
    [InlineData("We're ready and we've waited", "We are ready and we have waited")]
    [InlineData("That's O.K. with me", "That is okay with me")]
    [InlineData("That's OK with me", "That is okay with me")]
    [InlineData("five ships and 5 crews", "five ships and five crews")]
    [InlineData("twenty-five days, 25 nights", "twentyfive days twentyfive nights")]
    [InlineData("a record-setting year", "a record setting year")]
    public void Meaning_preserving_edits_normalise_to_one_wording(string input, string expected) =>
        Assert.Equal(expected, QuoteWording.Normalize(input));

    [Theory]
    [InlineData("Facebook's ruling", "Facebook's ruling")]   // a possessive stays
    [InlineData("the Court’s view", "the Court's view")]
    [InlineData("the 2017 tax bill", "the 2017 tax bill")]   // a year is no count
    [InlineData("Oklahoma is next", "Oklahoma is next")]
    public void Look_alikes_keep_their_words(string input, string expected) =>
        Assert.Equal(expected, QuoteWording.Normalize(input));
}
