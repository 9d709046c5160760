using Carbet.Tuning.Spaces;

namespace Carbet.Bench.Tuner;

/// <summary>The objectives of tuner.py, with the same domains and definitions.</summary>
internal static class Objectives
{
    private static readonly double[] HartmannAlpha = [1.0, 1.2, 3.0, 3.2];

    private static readonly double[,] HartmannA =
    {
        { 10, 3, 17, 3.5, 1.7, 8 }, { 0.05, 10, 17, 0.1, 8, 14 }, { 3, 3.5, 1.7, 10, 17, 8 }, { 17, 8, 0.05, 10, 0.1, 14 },
    };

    private static readonly double[,] HartmannP =
    {
        { 1312, 1696, 5569, 124, 8283, 5886 }, { 2329, 4135, 8307, 3736, 1004, 9991 },
        { 2348, 1451, 3522, 2883, 3047, 6650 }, { 4047, 8828, 8732, 5743, 1091, 381 },
    };

    private static readonly double[] MixedShift = [-2.0, 1.0, 3.0, 0.0];
    private static readonly double[] MixedOffset = [0.5, 0.0, 1.0, 2.0];

    public static IReadOnlyList<BenchObjective> All { get; } =
    [
        new("branin", new([new("x1", Distribution.Float(-5, 10)), new("x2", Distribution.Float(0, 15))]), t => Branin(t.Get("x1"), t.Get("x2"))),
        new("hartmann6", new(Floats(6, 0, 1)), t => Hartmann6([.. Enumerable.Range(1, 6).Select(i => t.Get($"x{i}"))])),
        new("rosenbrock4", new(Floats(4, -5, 10)), t => Rosenbrock([.. Enumerable.Range(1, 4).Select(i => t.Get($"x{i}"))])),
        new("mixed", new([new("n", Distribution.Int(-10, 10)), new("c", Distribution.Categorical("a", "b", "c", "d")), new("y", Distribution.Float(-5, 5))]),
            t => Mixed(t.GetInt("n"), t.GetInt("c"), t.Get("y"))),
    ];

    private static IEnumerable<SearchParameter> Floats(int count, double low, double high) =>
        Enumerable.Range(1, count).Select(i => new SearchParameter($"x{i}", Distribution.Float(low, high)));

    private static double Branin(double x1, double x2)
    {
        var (a, b, c) = (1.0, 5.1 / (4.0 * Math.PI * Math.PI), 5.0 / Math.PI);
        var (r, s, t) = (6.0, 10.0, 1.0 / (8.0 * Math.PI));
        return (a * Math.Pow(x2 - (b * x1 * x1) + (c * x1) - r, 2)) + (s * (1.0 - t) * Math.Cos(x1)) + s;
    }

    private static double Hartmann6(double[] x)
    {
        var total = 0.0;
        for (var i = 0; i < 4; i++)
        {
            var inner = 0.0;
            for (var j = 0; j < 6; j++)
                inner += HartmannA[i, j] * Math.Pow(x[j] - (1e-4 * HartmannP[i, j]), 2);
            total += HartmannAlpha[i] * Math.Exp(-inner);
        }
        return -total;
    }

    private static double Rosenbrock(double[] x) =>
        Enumerable.Range(0, x.Length - 1).Sum(i => (100.0 * Math.Pow(x[i + 1] - (x[i] * x[i]), 2)) + Math.Pow(1.0 - x[i], 2));

    private static double Mixed(int n, int c, double y) => (0.25 * Math.Pow(n - 3, 2)) + Math.Pow(y - MixedShift[c], 2) + MixedOffset[c];
}
