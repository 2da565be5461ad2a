using System.Text.Json;
using Parallax.Evaluation;
using Parallax.Tests.Support;

namespace Parallax.Tests.Evaluation;

public class AlignmentEvaluationTests
{
    private static string Line(string id, string story, string outlet, string text) =>
        JsonSerializer.Serialize(new { id, story, outlet, title = "Ferry fares frozen", published = "2025-05-02", text });

    [Fact]
    public void A_statement_one_outlet_quotes_whole_and_another_in_two_pieces_counts_as_recalled_verbatim_pairs()
    {
        using var dir = new TempDir();
        var path = dir.File("gold.jsonl", string.Join('\n',
            Line("a", "s1", "Harbor Ledger",
                "The council froze ferry fares on Friday. “Fares will stay where they are until the end of next summer, and no island family will pay more for the crossing,” said Mayor Ilka Brandt."),
            Line("b", "s1", "Coastal Herald",
                "Mayor Ilka Brandt said on Friday: “Fares will stay where they are until the end of next summer.” She added: “No island family will pay more for the crossing.”"),
            Line("c", "s2", "Harbor Ledger", "The museum reopened on Saturday after a long repair of its roof.")) + "\n");
        var result = new AlignmentEvaluation().Run(path);
        Assert.Equal(2, result.Counts.Single(c => c.Key == "shared_quote_pairs").Value);
        Assert.Equal(1.0, result.Metrics.Single(m => m.Key == "alignment_recall").Value);
        Assert.Equal(1, result.Counts.Single(c => c.Key == "cross_article_groups").Value);
        Assert.Equal(0, result.Counts.Single(c => c.Key == "paraphrase_groups").Value);
        Assert.Equal(1.0, result["stories_kept_whole"]);
    }
}
