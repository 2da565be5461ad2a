using System.Text.Json;
using Parallax.Tests.Support;

namespace Parallax.Tests.Cli;

/// <summary><c>parallax compare --one-story</c>: the user says the files are one story, so grouping is skipped.</summary>
[Trait("Category", "Slow")]
public class CompareOneStoryTests
{
    private const string Harbour = "Storm closes the harbour\n\nThe harbour of Lowmere was closed on Monday after a storm damaged two piers.\n";
    private const string Budget = "Council passes the school budget\n\nThe council of Eastfield voted 7 to 2 for a school budget of 14 million on Tuesday.\n";

    [Fact]
    public void Without_the_option_unrelated_articles_are_separate_stories()
    {
        using var dir = new TempDir();
        var r = CliRunner.Run("compare", dir.File("harbour.txt", Harbour), dir.File("budget.txt", Budget), "--format", "json");
        Assert.True(r.ExitCode == 0, r.Stderr);
        using var doc = JsonDocument.Parse(r.Stdout);
        Assert.Equal(2, doc.RootElement.GetProperty("stories").GetArrayLength());
    }

    [Fact]
    public void With_the_option_every_article_is_in_one_story()
    {
        using var dir = new TempDir();
        var r = CliRunner.Run("compare", dir.File("harbour.txt", Harbour), dir.File("budget.txt", Budget), "--format", "json", "--one-story");
        Assert.True(r.ExitCode == 0, r.Stderr);
        using var doc = JsonDocument.Parse(r.Stdout);
        var story = Assert.Single(doc.RootElement.GetProperty("stories").EnumerateArray());
        Assert.Equal("s1", story.GetProperty("id").GetString());
        Assert.Equal(2, story.GetProperty("articles").GetArrayLength());
        Assert.Equal(2, doc.RootElement.GetProperty("articles").GetArrayLength());
    }
}
