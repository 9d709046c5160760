using System.Collections.Immutable;

using Carbet.Data.DemoWorld;

namespace Carbet.Data.Tests.DemoWorld;

/// <summary>The default world (24 × 2,000), generated once for the tests that only read it, and the statistics they use.</summary>
internal static class DemoWorldSample
{
    private static readonly Lazy<ImmutableArray<DemoMonth>> World = new(() => [.. DemoWorldGenerator.Generate(new DemoWorldOptions())]);

    /// <summary>The spellings docs/demo-world.md documents, and the territory each stands for.</summary>
    public static readonly ImmutableDictionary<string, string> Spellings = new Dictionary<string, string>
    {
        ["Guadeloupe"] = "Guadeloupe",
        ["guadeloupe "] = "Guadeloupe",
        ["GPE"] = "Guadeloupe",
        ["GUADELOUPE"] = "Guadeloupe",
        ["971"] = "Guadeloupe",
        ["Martinique"] = "Martinique",
        ["martinique"] = "Martinique",
        ["MQ"] = "Martinique",
        ["972"] = "Martinique",
        ["Guyane"] = "Guyane",
        ["French Guiana"] = "Guyane",
        ["Guyane française"] = "Guyane",
        ["GF"] = "Guyane",
        ["973"] = "Guyane",
    }.ToImmutableDictionary();

    public static ImmutableArray<DemoMonth> Months => World.Value;

    /// <summary>Every row of the months from <paramref name="first"/> to <paramref name="last"/>, duplicates included.</summary>
    public static IEnumerable<CreditApplication> Rows(int first = 1, int last = int.MaxValue) =>
        Months.Where(m => m.Index >= first && m.Index <= last).SelectMany(m => m.Applications);

    /// <summary>One row per application: the duplicates dropped.</summary>
    public static IEnumerable<CreditApplication> Applications(int first = 1, int last = int.MaxValue) =>
        Rows(first, last).DistinctBy(a => a.ApplicationId);

    public static string TerritoryOf(CreditApplication a) => Spellings[a.Territory];

    public static double Share<T>(IEnumerable<T> items, Func<T, bool> predicate)
    {
        var list = items as IReadOnlyCollection<T> ?? [.. items];
        return list.Count(predicate) / (double)list.Count;
    }

    public static double DefaultRate(IEnumerable<CreditApplication> rows) => Share(rows, a => a.Default12Months);

    public static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        var mid = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

    public static double StandardDeviation(IEnumerable<double> values)
    {
        var list = values.ToArray();
        var mean = list.Average();
        return Math.Sqrt(list.Sum(v => (v - mean) * (v - mean)) / (list.Length - 1));
    }

    /// <summary>Cramér's V of two categorical variables, from the chi-squared statistic of their contingency table.</summary>
    public static double CramersV(IReadOnlyCollection<(string A, string B)> pairs)
    {
        var n = (double)pairs.Count;
        var rows = pairs.CountBy(p => p.A).ToDictionary();
        var columns = pairs.CountBy(p => p.B).ToDictionary();
        var cells = pairs.CountBy(p => p).ToDictionary();
        var chi2 = 0.0;
        foreach (var (a, rowCount) in rows)
        {
            foreach (var (b, columnCount) in columns)
            {
                var expected = rowCount * (double)columnCount / n;
                var observed = cells.GetValueOrDefault((a, b));
                chi2 += (observed - expected) * (observed - expected) / expected;
            }
        }
        return Math.Sqrt(chi2 / n / (Math.Min(rows.Count, columns.Count) - 1));
    }
}
