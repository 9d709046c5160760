using System.Globalization;

using Carbet.Core;
using Carbet.Data.Tables;

namespace Carbet.Data.Validation;

/// <summary>Compares the distribution of a column to its reference shares.</summary>
internal static class DistributionCheck
{
    public static ExpectationResult Check(DataTable table, DistributionCloseExpectation e)
    {
        var (edges, categories, shares) = (e.Edges ?? [], e.Categories ?? [], e.Shares ?? []);
        var bins = categories.Count > 0 ? categories.Count : edges.Count + 1;
        if (shares.Count != bins)
        {
            throw new UserErrorException(
                $"Expectation {e.Name}: {shares.Count} shares given for {bins} reference bins.",
                "Give one share per category, or one more share than edges.");
        }
        if (table.Find(e.Column) is not { } column)
            return Validator.MissingColumn(table, e, e.Column);
        long[] counts;
        if (categories.Count > 0)
        {
            var index = categories.Select((c, i) => (c, i)).ToDictionary(p => p.c, p => p.i, StringComparer.Ordinal);
            counts = new long[bins + 1];
            for (var row = 0; row < column.Length; row++)
            {
                if (column.Format(row) is { } value)
                    counts[index.TryGetValue(value, out var i) ? i : bins]++;
            }
        }
        else if (column is NumericColumn numbers)
        {
            counts = new long[bins];
            foreach (var value in numbers.Values)
            {
                if (!double.IsNaN(value))
                    counts[Binning.Bin(value, edges)]++;
            }
        }
        else
        {
            return new ExpectationResult(e, false, 0, 1, [],
                $"{e.Name}: column '{e.Column}' holds {column.Kind} values, but the reference is numeric.");
        }
        var evaluated = counts.Sum();
        var psi = Binning.Psi(shares, Binning.Shares(counts));
        var passed = evaluated > 0 && psi <= e.MaxPsi;
        var message = evaluated == 0
            ? $"{e.Name}: column '{e.Column}' has no values to compare."
            : string.Create(CultureInfo.InvariantCulture,
                $"{e.Name}: the population stability index of '{e.Column}' is {psi:0.###}, {(passed ? "within" : "above")} {e.MaxPsi}.");
        return new ExpectationResult(e, passed, evaluated, passed ? 0 : 1, [], message);
    }
}
