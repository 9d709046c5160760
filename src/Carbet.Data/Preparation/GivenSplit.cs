using System.Collections.Immutable;
using System.Globalization;

using Carbet.Core;
using Carbet.Data.Tables;

namespace Carbet.Data.Preparation;

/// <summary>A split written in the data: each row's set named in a column.</summary>
internal static class GivenSplit
{
    public static DataSplit Read(DataColumn column, int seed)
    {
        var sets = new Dictionary<string, ImmutableArray<int>.Builder>(StringComparer.Ordinal)
        {
            ["train"] = ImmutableArray.CreateBuilder<int>(),
            ["validation"] = ImmutableArray.CreateBuilder<int>(),
            ["test"] = ImmutableArray.CreateBuilder<int>(),
        };
        for (var row = 0; row < column.Length; row++)
        {
            var value = column.Format(row)?.Trim().ToLower(CultureInfo.InvariantCulture) ?? "";
            if (!sets.TryGetValue(value, out var set))
                throw new UserErrorException($"Row {row + 1} of the split column '{column.Name}' says '{column.Format(row)}'.",
                    "Write train, validation or test in every row of that column.");
            set.Add(row);
        }
        if (sets["train"].Count == 0)
            throw new UserErrorException($"The split column '{column.Name}' names no train row.", "Mark the rows to learn from as train.");
        return new DataSplit(sets["train"].ToImmutable(), sets["validation"].ToImmutable(), sets["test"].ToImmutable(), "given", seed);
    }
}
