using Sitrep.Eval.Internal;

namespace Sitrep.Eval.Tests;

public class AssignmentTests
{
    [Fact]
    public void The_assignment_equals_brute_force_on_random_small_matrices()
    {
        var random = new Random(20240305);
        for (int trial = 0; trial < 300; trial++)
        {
            int rows = random.Next(0, 5), columns = random.Next(0, 5);
            var cost = new double?[rows, columns];
            for (int i = 0; i < rows; i++)
                for (int j = 0; j < columns; j++)
                    cost[i, j] = random.NextDouble() < 0.4 ? null : random.Next(0, 4) * 1000 + random.Next(0, 50);

            var pairs = Assignment.Solve(cost);
            Assert.Equal(pairs.Count, pairs.Select(p => p.Row).Distinct().Count());
            Assert.Equal(pairs.Count, pairs.Select(p => p.Column).Distinct().Count());
            Assert.All(pairs, p => Assert.NotNull(cost[p.Row, p.Column]));
            Assert.Equal(Best(cost, 0, new bool[columns]), (pairs.Count, pairs.Sum(p => cost[p.Row, p.Column]!.Value)));
        }
    }

    /// <summary>Most pairs, then least cost, by trying every way to give row i a column or none.</summary>
    static (int Count, double Cost) Best(double?[,] cost, int row, bool[] taken)
    {
        if (row == cost.GetLength(0)) return (0, 0);
        var best = Best(cost, row + 1, taken);
        for (int j = 0; j < taken.Length; j++)
        {
            if (taken[j] || cost[row, j] is not { } c) continue;
            taken[j] = true;
            var rest = Best(cost, row + 1, taken);
            taken[j] = false;
            var candidate = (rest.Count + 1, rest.Cost + c);
            if (candidate.Item1 > best.Count || (candidate.Item1 == best.Count && candidate.Item2 < best.Cost)) best = candidate;
        }
        return best;
    }
}
