using System.Collections.Immutable;
using System.Globalization;

using Carbet.Core;

namespace Carbet.Evaluation.Fairness;

/// <summary>Builds sensitive-attribute groups that a table does not hold as such: age bands and intersections of two attributes.</summary>
public static class SensitiveGroups
{
    /// <summary>The name of the group that rows with a missing value form.</summary>
    internal const string Missing = "(missing)";

    /// <summary>Bands ages into <c>&lt;25</c>, <c>25-34</c>, <c>35-44</c>, <c>45-54</c>, <c>55-64</c> and <c>65+</c>.</summary>
    /// <param name="ages">One age per row, in years; NaN when missing.</param>
    /// <returns>Each row's band, or null where the age is NaN.</returns>
    public static ImmutableArray<string?> AgeBands(ReadOnlySpan<double> ages)
    {
        var bands = ImmutableArray.CreateBuilder<string?>(ages.Length);
        foreach (var age in ages)
        {
            bands.Add(age switch
            {
                double.NaN => null,
                < 25 => "<25",
                < 35 => "25-34",
                < 45 => "35-44",
                < 55 => "45-54",
                < 65 => "55-64",
                _ => "65+",
            });
        }
        return bands.MoveToImmutable();
    }

    /// <summary>Crosses two attributes row by row into groups named <c>a &amp; b</c>.</summary>
    /// <param name="first">The first attribute's value of each row.</param>
    /// <param name="second">The second attribute's value of each row, in the same order.</param>
    /// <returns>Each row's intersection, or null where either value is null.</returns>
    /// <exception cref="UserErrorException">The two lists differ in length.</exception>
    public static ImmutableArray<string?> Intersection(IReadOnlyList<string?> first, IReadOnlyList<string?> second)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        if (first.Count != second.Count)
        {
            throw new UserErrorException(
                string.Create(CultureInfo.InvariantCulture, $"The first attribute has {first.Count} values but the second has {second.Count}."),
                "Pass both attributes of every row, in the same order.");
        }
        var crossed = ImmutableArray.CreateBuilder<string?>(first.Count);
        for (var i = 0; i < first.Count; i++)
            crossed.Add(first[i] is { } a && second[i] is { } b ? $"{a} & {b}" : null);
        return crossed.MoveToImmutable();
    }
}
