using Parallax.Text;

namespace Parallax.Tests.Text;

/// <summary>
/// The built-in synonym groups (what a machine without WordNet has): words outlets and translators use for one
/// another fire; words of opposite or unrelated meaning stay apart, with or without WordNet.
/// </summary>
public sealed class BuiltInSynonymsTests
{
    [Theory]
    [InlineData("rise", "hike")]
    [InlineData("raised", "lifted")]
    [InlineData("increase", "raise")]
    [InlineData("households", "families")]
    [InlineData("household", "family")]
    [InlineData("allow", "let")]
    [InlineData("permitted", "allowed")]
    [InlineData("truce", "ceasefire")]
    public void News_synonyms_meet(string a, string b)
    {
        Assert.True(Synonyms.AreSynonyms(a, b));
        Assert.True(Synonyms.AreSynonyms(b, a));
    }

    /// <summary>
    /// What WordNet's lemmas and senses give that Porter stems do not, checked on the built-in table alone (the
    /// test machine may have WordNet, which would pass them anyway).
    /// </summary>
    [Theory]
    [InlineData("hit", "struck")]
    [InlineData("strikes", "struck")]
    [InlineData("bomber", "bombing")]
    [InlineData("said", "told")]
    [InlineData("says", "told")]
    [InlineData("regime", "government")]
    [InlineData("dozens", "scores")]
    [InlineData("defence", "defense")]
    [InlineData("neighbourhoods", "neighborhoods")]
    [InlineData("northeast", "northeastern")]
    [InlineData("stay", "remain")]
    [InlineData("truce", "ceasefire")]
    public void Built_in_groups_alone_meet(string a, string b)
    {
        Assert.True(Synonyms.AreBuiltInSynonyms(a, b));
        Assert.True(Synonyms.AreBuiltInSynonyms(b, a));
    }

    /// <summary>Look-alikes the built-in groups must keep apart: a state is not a statement, nor a bomb a shell.</summary>
    [Theory]
    [InlineData("states", "said")]
    [InlineData("hit", "attack")]
    [InlineData("bombing", "shelling")]
    [InlineData("north", "northeastern")]
    [InlineData("east", "west")]
    [InlineData("dozens", "hundreds")]
    [InlineData("remain", "leave")]
    [InlineData("regime", "rebels")]
    public void Built_in_groups_keep_look_alikes_apart(string a, string b) =>
        Assert.False(Synonyms.AreBuiltInSynonyms(a, b));

    [Theory]
    [InlineData("rise", "fall")]
    [InlineData("hike", "cut")]
    [InlineData("raised", "lowered")]
    [InlineData("households", "companies")]
    [InlineData("allow", "ban")]
    [InlineData("families", "banks")]
    public void Opposites_and_unrelated_words_do_not(string a, string b) =>
        Assert.False(Synonyms.AreSynonyms(a, b));
}
