using Parallax.Text;

namespace Parallax.Tests.Text;

public class PorterStemmerTests
{
    [Theory]
    [InlineData("caresses", "caress")]
    [InlineData("ponies", "poni")]
    [InlineData("cats", "cat")]
    [InlineData("agreed", "agre")]
    [InlineData("plastered", "plaster")]
    [InlineData("motoring", "motor")]
    [InlineData("hopping", "hop")]
    [InlineData("filing", "file")]
    [InlineData("happy", "happi")]
    [InlineData("relational", "relat")]
    [InlineData("conditional", "condit")]
    [InlineData("rational", "ration")]
    [InlineData("digitizer", "digit")]
    [InlineData("operator", "oper")]
    [InlineData("hopefulness", "hope")]
    [InlineData("formaliti", "formal")]
    [InlineData("triplicate", "triplic")]
    [InlineData("electrical", "electr")]
    [InlineData("revival", "reviv")]
    [InlineData("adjustment", "adjust")]
    [InlineData("adoption", "adopt")]
    [InlineData("controlling", "control")]
    [InlineData("generalizations", "gener")]
    [InlineData("halted", "halt")]
    [InlineData("halting", "halt")]
    [InlineData("activities", "activ")]
    [InlineData("is", "is")]
    public void Stems_as_Porter_1980(string word, string stem) => Assert.Equal(stem, PorterStemmer.Stem(word));
}
