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
