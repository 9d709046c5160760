using System.Collections.Immutable;

using Carbet.Data.Tables;

namespace Carbet.Data.Profiling;

/// <summary>Computes the pairwise matrices of an <see cref="AssociationPlan"/>, pairs in parallel, each over the rows
/// where both values are present.</summary>
internal static class Associations
{
    public static AssociationSummary Compute(DataTable table, AssociationPlan plan, ColumnResult[] columns, Action<double> progress, CancellationToken ct)
    {
        var numeric = plan.Numeric.Select(i => (NumericColumn)table.Columns[i]).ToArray();
        var ranks = plan.Numeric.Select(i => columns[i].Ranks!).ToArray();
        var categorical = plan.Categorical.Select(i => (TextColumn)table.Columns[i]).ToArray();
        var (p, c) = (numeric.Length, categorical.Length);
        var pearson = Square(p);
        var spearman = Square(p);
        var cramers = Square(c);
        var eta = new double[p, c];
        var jobs = new List<Action>();
        for (var a = 0; a < p; a++)
        {
            for (var b = a + 1; b < p; b++)
            {
                var (x, y) = (a, b);
                jobs.Add(() => pearson[x][y] = pearson[y][x] = Correlation.Pearson(numeric[x].Values, numeric[y].Values));
                jobs.Add(() => spearman[x][y] = spearman[y][x] = Correlation.Spearman(ranks[x], ranks[y]));
            }
            for (var b = 0; b < c; b++)
            {
                var (x, y) = (a, b);
                jobs.Add(() => eta[x, y] = Correlation.Eta(numeric[x].Values, categorical[y]));
            }
        }
        for (var a = 0; a < c; a++)
        {
            for (var b = a + 1; b < c; b++)
            {
                var (x, y) = (a, b);
                jobs.Add(() => cramers[x][y] = cramers[y][x] = Correlation.CramersV(categorical[x], categorical[y]));
            }
        }
        var done = 0;
        Parallel.For(0, jobs.Count, new ParallelOptions { CancellationToken = ct }, j =>
        {
            jobs[j]();
            progress((double)Interlocked.Increment(ref done) / jobs.Count);
        });
        var numericNames = plan.Numeric.Select(i => table.Columns[i].Name).ToImmutableArray();
        var categoricalNames = plan.Categorical.Select(i => table.Columns[i].Name).ToImmutableArray();
        var ratios = from a in Enumerable.Range(0, p)
                     from b in Enumerable.Range(0, c)
                     select new CorrelationRatio(numericNames[a], categoricalNames[b], eta[a, b]);
        return new AssociationSummary(Matrix(numericNames, pearson), Matrix(numericNames, spearman),
            Matrix(categoricalNames, cramers), [.. ratios], plan.LeftOut);
    }

    private static double[][] Square(int n)
    {
        var matrix = new double[n][];
        for (var i = 0; i < n; i++)
        {
            matrix[i] = new double[n];
            matrix[i][i] = 1;
        }
        return matrix;
    }

    private static AssociationMatrix Matrix(ImmutableArray<string> names, double[][] values) =>
        new(names, [.. values.Select(row => row.ToImmutableArray())]);
}
