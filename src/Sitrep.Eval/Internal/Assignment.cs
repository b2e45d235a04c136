namespace Sitrep.Eval.Internal;

/// <summary>Optimal one-to-one assignment (the Hungarian method) over a cost matrix where some pairs are not allowed.</summary>
internal static class Assignment
{
    /// <summary>The pairs (row, column) that match as many rows as possible, and among those have the least total cost.</summary>
    /// <param name="cost">cost[row, column]; null where the pair may not match.</param>
    /// <returns>Pairs sorted by row; each row and each column at most once.</returns>
    public static IReadOnlyList<(int Row, int Column)> Solve(double?[,] cost)
    {
        int rows = cost.GetLength(0), columns = cost.GetLength(1);
        if (rows == 0 || columns == 0) return [];
        // Forbidden pairs cost more than any full set of allowed ones, so the count of matches comes first.
        double max = 0;
        foreach (var c in cost) if (c is { } v) max = Math.Max(max, v);
        double forbidden = (max + 1) * (Math.Min(rows, columns) + 1);
        bool transpose = rows > columns;
        int n = transpose ? columns : rows, m = transpose ? rows : columns;
        double At(int i, int j) => (transpose ? cost[j, i] : cost[i, j]) ?? forbidden;

        var columnOf = Solve(n, m, At);
        return Enumerable.Range(0, n)
            .Select(i => transpose ? (Row: columnOf[i], Column: i) : (Row: i, Column: columnOf[i]))
            .Where(p => cost[p.Row, p.Column] is not null)
            .OrderBy(p => p.Row)
            .ToArray();
    }

    /// <summary>Kuhn–Munkres with potentials for n ≤ m; returns the column given to each row.</summary>
    static int[] Solve(int n, int m, Func<int, int, double> a)
    {
        var u = new double[n + 1];
        var v = new double[m + 1];
        var rowOfColumn = new int[m + 1]; // 1-based rows; 0 = free
        var way = new int[m + 1];
        for (int i = 1; i <= n; i++)
        {
            rowOfColumn[0] = i;
            int j0 = 0;
            var minv = Enumerable.Repeat(double.PositiveInfinity, m + 1).ToArray();
            var used = new bool[m + 1];
            do
            {
                used[j0] = true;
                int i0 = rowOfColumn[j0], j1 = 0;
                double delta = double.PositiveInfinity;
                for (int j = 1; j <= m; j++)
                {
                    if (used[j]) continue;
                    double cur = a(i0 - 1, j - 1) - u[i0] - v[j];
                    if (cur < minv[j]) { minv[j] = cur; way[j] = j0; }
                    if (minv[j] < delta) { delta = minv[j]; j1 = j; }
                }
                for (int j = 0; j <= m; j++)
                {
                    if (used[j]) { u[rowOfColumn[j]] += delta; v[j] -= delta; }
                    else minv[j] -= delta;
                }
                j0 = j1;
            } while (rowOfColumn[j0] != 0);
            do
            {
                int j1 = way[j0];
                rowOfColumn[j0] = rowOfColumn[j1];
                j0 = j1;
            } while (j0 != 0);
        }
        var columnOfRow = new int[n];
        for (int j = 1; j <= m; j++)
            if (rowOfColumn[j] != 0) columnOfRow[rowOfColumn[j] - 1] = j - 1;
        return columnOfRow;
    }
}
