using Parallax.Analysis;
using Parallax.Analysis.Entities;
using Parallax.Model;
using Parallax.Stories;

namespace Parallax.Tests.Stories;

public sealed class NameVariantsTests
{
    [Theory]
    [InlineData("Zelensky", "Zelenskyy")]
    [InlineData("Zelenskiy", "Zelensky")]
    [InlineData("Mitsotakis", "Mitsotakes")]
    public void One_letter_apart_surnames_are_one_spelling_family(string x, string y) =>
        Assert.True(NameVariants.Variant(x, y));

    [Theory]
    [InlineData("Ross", "Rose")]        // too short to tell a variant from another name
    [InlineData("Gaddafi", "Qaddafi")]  // first letters differ
    [InlineData("Castavia", "Castavian")] // a demonym
    [InlineData("Democrat", "Democrats")] // a plural
    [InlineData("Harris", "Hardin")]    // two letters apart
    [InlineData("Putin", "putin")]      // not capitalised
    public void Other_names_are_not_variants(string x, string y) => Assert.False(NameVariants.Variant(x, y));

    [Fact]
    public void The_spelling_most_articles_use_wins_and_full_names_follow()
    {
        var respelled = NameVariants.Respell(new Dictionary<string, int>
        {
            ["Volodymyr Zelenskyy"] = 2, ["Zelensky"] = 1, ["Volodymyr Zelensky"] = 1,
        });
        Assert.Equal("Volodymyr Zelenskyy", respelled["Volodymyr Zelensky"]);
        Assert.Equal("Zelenskyy", respelled["Zelensky"]);
        Assert.False(respelled.ContainsKey("Volodymyr Zelenskyy"));
    }

    [Fact]
    public void The_story_pass_gives_one_speaker_name_across_spellings()
    {
        var pipeline = new AnalysisPipelineBuilder().AddDefaults().Build();
        var a = pipeline.Analyze(new Article { Id = "a", Source = "a.txt", Text = "“We will rebuild every bridge,” Ukrainian President Volodymyr Zelenskyy said on Monday." });
        var b = pipeline.Analyze(new Article { Id = "b", Source = "b.txt", Text = "President Volodymyr Zelenskyy visited Kharkiv. “We will rebuild every bridge in the region,” Zelenskyy said." });
        var c = pipeline.Analyze(new Article { Id = "c", Source = "c.txt", Text = "“Every bridge will be rebuilt,” Zelensky said in Kyiv on Monday." });
        var after = new StoryPass(pipeline).Apply([a, b, c]);
        Assert.Equal("Volodymyr Zelenskyy", Assert.Single(after[2].Quotes).Speaker);
    }
}
