using Parallax.Comparison;

namespace Parallax.Tests.Comparison;

public class HungarianTests
{
    [Fact]
    public void Finds_the_best_total_not_the_greedy_first_pick()
    {
        // Greedy would take (0,0)=0.9 and leave (1,1)=0.1; the optimum is (0,1)+(1,0) = 0.8+0.85.
        var score = new double[,] { { 0.9, 0.8 }, { 0.85, 0.1 } };
        Assert.Equal([1, 0], Hungarian.MaximumAssignment(score, 0.0));
    }

    [Fact]
    public void Drops_pairs_below_the_minimum_and_handles_rectangles()
    {
        var score = new double[,] { { 0.1, 0.2, 0.7 }, { 0.05, 0.0, 0.6 } };
        var result = Hungarian.MaximumAssignment(score, 0.5);
        Assert.Equal([2, -1], result);
    }

    [Fact]
    public void Empty_matrix_assigns_nothing() => Assert.Empty(Hungarian.MaximumAssignment(new double[0, 3], 0));
}
