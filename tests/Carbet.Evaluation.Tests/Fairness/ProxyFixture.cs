using Carbet.Evaluation.Fairness;

namespace Carbet.Evaluation.Tests.Fairness;

/// <summary>1,000 rows from formulas that proxy_reference.py repeats: a sex with missing values, three regions, and four
/// features (an occupation skewed by sex with missing values, an income with missing values, hours mostly tied at 40, noise).</summary>
internal static class ProxyFixture
{
    public const int Rows = 1000;

    // before the columns: static initializers run in textual order
    private static readonly string[] Regions = ["north", "south", "west"];
    private static readonly string[] Occupations = ["care", "clerical", "sales", "tech", "trades"];

    public static string?[] Sex { get; } = Column(i => i % 50 == 0 ? null : Unit(i, 389) < 0.45 ? "F" : "M");

    public static string?[] Region { get; } = Column(i => Regions[i * 37 % 101 % 3]);

    public static IReadOnlyList<ProxyFeature> Features { get; } =
    [
        new CategoricalProxyFeature("occupation", Column(Occupation)),
        new NumericProxyFeature("income", [.. Enumerable.Range(0, Rows).Select(Income)]),
        new NumericProxyFeature("hours", [.. Enumerable.Range(0, Rows).Select(i => i % 3 != 0 ? 40.0 : i % 5 * 10)]),
        new CategoricalProxyFeature("noise", Column(i => "abcd"[i * 613 % 1013 % 4].ToString())),
    ];

    private static double Unit(int i, int a) => i * a % 1009 / 1009.0;

    private static string? Occupation(int i)
    {
        if (i % 31 == 0)
            return null;
        if (Sex[i] == "F" && i % 3 != 0)
            return i % 2 == 1 ? "care" : "clerical";
        return Occupations[i * 53 % 97 % 5];
    }

    private static double Income(int i) =>
        i % 41 == 0 ? double.NaN : 20.0 + (i * 17 % 113) + (Sex[i] == "M" ? 15.0 : 0.0) + (Region[i] == "west" ? 10.0 : 0.0);

    private static string?[] Column(Func<int, string?> value) => [.. Enumerable.Range(0, Rows).Select(value)];
}
