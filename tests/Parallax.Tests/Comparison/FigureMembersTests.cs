using Parallax.Analysis;
using Parallax.Comparison.Figures;
using Parallax.Tests.Support;

namespace Parallax.Tests.Comparison;

/// <summary>
/// A count of a group's members counts the persons the group is made of (issue 12): "15 members of medical staff" are
/// staff, and the members of a group left unnamed or named by a name ("25 members of the Nusra Front") are persons of
/// whatever kind another outlet gives for the same toll, when the values agree. Attackers named by how they attacked
/// (bombers, assailants) are fighters. Members must group; look-alikes must not.
/// </summary>
public class FigureMembersTests
{
    private static (AnalyzedArticle[] Docs, IReadOnlyList<FigureGroup> Groups) Group(params string[] texts) => QuantityArticles.Group(texts);

    private static string Show(AnalyzedArticle[] docs, IReadOnlyList<FigureGroup> groups) => QuantityArticles.Show(docs, groups);

    private static FigureGroup? GroupOf(AnalyzedArticle[] docs, IReadOnlyList<FigureGroup> groups, int article, string text) =>
        QuantityArticles.GroupOf(docs, groups, article, text);

    [Theory]
    // The group named by a noun of persons: the count is of that noun, so a small toll of it meets its equal.
    [InlineData("Four medics were killed when the raid hit the clinic in the old town.",
        "The raid on the clinic in the old town killed 15 members of medical staff.", "Four medics", "15 members", false)]
    [InlineData("Nine members of the riot police were injured in the clashes at the port.",
        "The clashes at the port injured 12 police officers, the ministry said.", "Nine members", "12 police", false)]
    // Members of a group named by a name, or left unnamed: persons of the kind the other outlet gives, at one value.
    [InlineData("Strikes on the ridge killed at least 25 members of the Tamsin Brigade on Sunday.",
        "Sunday's strikes on the ridge left 25 militants dead, the monitor said.", "25 members", "25 militants", true)]
    [InlineData("The ambush near the crossing killed 14 members, the group said.",
        "Fourteen fighters were killed in the ambush near the crossing, the group said.", "14 members", "Fourteen fighters", true)]
    // Attackers named by how they attacked are fighters.
    [InlineData("Three suicide bombers blew themselves up outside the ministry on Monday.",
        "Three of its fighters blew themselves up outside the ministry on Monday, the group said.", "Three suicide bombers", "Three of its fighters", true)]
    [InlineData("Police said two assailants were shot dead after the stabbing at the station.",
        "Two attackers were shot dead after the stabbing at the station, police said.", "two assailants", "Two attackers", true)]
    // Persons named by their trade, their kinship or as men: one class each.
    [InlineData("The army said 66 journalists had been killed in the region since January.",
        "Some 66 reporters have been killed in the region since January, the army said.", "66 journalists", "66 reporters", true)]
    [InlineData("The shelling of the house killed three brothers on Friday, the agency said.",
        "Three of his relatives were killed when the house was shelled on Friday, the agency said.", "three brothers", "Three of his relatives", true)]
    [InlineData("The blast at the market killed 31 men and nine women, medics said.",
        "Medics said 29 men were among the dead in the market blast.", "31 men", "29 men", false)]
    public void Members_count_the_persons_of_their_group(string a, string b, string first, string second, bool agree)
    {
        var (docs, groups) = Group(a, b);
        var g = GroupOf(docs, groups, 0, first);
        Assert.True(g is not null && g == GroupOf(docs, groups, 1, second), Show(docs, groups));
        Assert.Equal(agree, g!.Agree);
    }

    [Theory]
    // One group's members killed by a strike and the militants that group killed: two tolls, whatever the sentences share.
    [InlineData("A coalition strike near the dam mistakenly killed 18 members of the Tamsin Brigade, the coalition said.",
        "The Tamsin Brigade killed 13 militants near the dam, the coalition said.", "18 members", "13 militants")]
    // A family's members and a toll of children: too few to tell one count from another.
    [InlineData("Three members of one family were killed in the shelling of the village.",
        "The shelling of the village killed three children, medics said.", "Three members", "three children")]
    // Members of a group named by a noun that says nothing of who they are, counted by no event.
    [InlineData("The council's 12 members met on Monday to discuss the budget.",
        "Twelve firefighters met the council on Monday to discuss the budget.", "12 members", "Twelve firefighters")]
    // Men are not the women of one toll, nor the press its soldiers.
    [InlineData("The blast at the market killed 31 men, medics said on Sunday.",
        "Medics said 31 women were killed in the market blast on Sunday.", "31 men", "31 women")]
    [InlineData("Twelve journalists were wounded in the shelling of the port, the union said.",
        "The shelling of the port wounded 12 soldiers, the union said.", "Twelve journalists", "12 soldiers")]
    public void Look_alikes_stay_apart(string a, string b, string first, string second)
    {
        var (docs, groups) = Group(a, b);
        var g = GroupOf(docs, groups, 0, first);
        Assert.True(g is null || g != GroupOf(docs, groups, 1, second), Show(docs, groups));
    }
}
