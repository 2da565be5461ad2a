using Parallax.Tests.Support;

namespace Parallax.Tests.Comparison;

/// <summary>
/// A count of a nationality and a count of persons of that nationality named by what they do ("The 200 Afghans" /
/// "about 200 Afghan interpreters") are one figure when their values agree. Members must group; look-alikes (another
/// nationality, things rather than persons, values that disagree) must not.
/// </summary>
public class FigureNationalsTests
{
    [Theory]
    [InlineData("The 200 Haitians flew into the capital's airport early on Friday.",
        "About 200 Haitian interpreters and their families have arrived, officials said.", "200 Haitians", "200 Haitian interpreters")]
    [InlineData("Some 5,000 Syrians crossed at the northern gate overnight.",
        "The camp took in 5,000 Syrian refugees on Tuesday, aid workers said.", "5,000 Syrians", "5,000 Syrian refugees")]
    [InlineData("Nearly 40 Filipinos were among the crew, the agency said.",
        "The ship had 40 Filipino sailors aboard when it sank.", "40 Filipinos", "40 Filipino sailors")]
    public void A_nationality_and_its_persons_are_one_figure(string a, string b, string first, string second)
    {
        var (docs, groups) = QuantityArticles.Group(a, b);
        Assert.NotNull(QuantityArticles.GroupOfBoth(docs, groups, first, second));
    }

    [Theory]
    // Another nationality.
    [InlineData("The 200 Haitians flew into the capital's airport early on Friday.",
        "About 200 Peruvian interpreters and their families have arrived, officials said.", "200 Haitians", "200 Peruvian interpreters")]
    // Things, not persons.
    [InlineData("The 200 Haitians flew into the capital's airport early on Friday.",
        "About 200 Haitian schools have lost power, officials said.", "200 Haitians", "200 Haitian schools")]
    // Values that cannot both be true.
    [InlineData("The 200 Haitians flew into the capital's airport early on Friday.",
        "About 120 Haitian interpreters and their families have arrived, officials said.", "200 Haitians", "120 Haitian interpreters")]
    public void Other_persons_or_things_stay_apart(string a, string b, string first, string second)
    {
        var (docs, groups) = QuantityArticles.Group(a, b);
        Assert.Null(QuantityArticles.GroupOfBoth(docs, groups, first, second));
    }
}
