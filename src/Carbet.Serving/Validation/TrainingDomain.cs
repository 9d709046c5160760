using System.Collections.Immutable;

using Carbet.Core;
using Carbet.Data.Tables;

namespace Carbet.Serving.Validation;

/// <summary>The smallest and largest value a numeric input took in training.</summary>
public sealed record NumericRange(double Min, double Max);

/// <summary>What a model version saw in training: each numeric input's range and each categorical input's values.</summary>
/// <remarks>Read from the dataset version the registry says the model was trained on; a version registered without one
/// has <see cref="None"/>, and only names, types and required values are checked.</remarks>
public sealed record TrainingDomain(
    ImmutableSortedDictionary<string, NumericRange> Ranges,
    ImmutableSortedDictionary<string, ImmutableSortedSet<string>> Categories)
{
    /// <summary>No recorded domain: every value of the right type is accepted.</summary>
    public static TrainingDomain None { get; } = new(ImmutableSortedDictionary<string, NumericRange>.Empty,
        ImmutableSortedDictionary<string, ImmutableSortedSet<string>>.Empty);

    /// <summary>Whether any range or category set is known.</summary>
    public bool IsKnown => !Ranges.IsEmpty || !Categories.IsEmpty;

    /// <summary>The ranges and category sets of the signature's columns in <paramref name="table"/>; missing values are skipped.</summary>
    public static TrainingDomain From(DataTable table, TableSchema signature)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(signature);
        var ranges = ImmutableSortedDictionary.CreateBuilder<string, NumericRange>(StringComparer.Ordinal);
        var categories = ImmutableSortedDictionary.CreateBuilder<string, ImmutableSortedSet<string>>(StringComparer.Ordinal);
        foreach (var column in signature.Columns)
        {
            switch (table.Find(column.Name))
            {
                case NumericColumn numbers when Range(numbers.Values) is { } range:
                    ranges[column.Name] = range;
                    break;
                case TextColumn { Kind: ColumnKind.Category } text:
                    var seen = new HashSet<int>();
                    foreach (var code in text.Codes)
                        seen.Add(code);
                    categories[column.Name] = seen.Where(c => c >= 0).Select(c => text.Dictionary[c]).ToImmutableSortedSet(StringComparer.Ordinal);
                    break;
            }
        }
        return new TrainingDomain(ranges.ToImmutable(), categories.ToImmutable());
    }

    private static NumericRange? Range(ReadOnlySpan<double> values)
    {
        var (min, max) = (double.PositiveInfinity, double.NegativeInfinity);
        foreach (var value in values)
        {
            if (double.IsFinite(value))
                (min, max) = (Math.Min(min, value), Math.Max(max, value));
        }
        return min <= max ? new NumericRange(min, max) : null;
    }
}
