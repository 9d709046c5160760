using System.Globalization;

using Carbet.Core;
using Carbet.Data.Tables;

namespace Carbet.Lifecycle.Training;

/// <summary>Turns the target of a prepared table into 1 (the positive class) and 0, as every binary family reads it.</summary>
/// <remarks>Preparation may have changed the case or spacing of labels, so <c>data.positive</c> is matched ignoring both.
/// Without it, a 0/1 or true/false target keeps its meaning, and any other two-class target takes its rarer class as positive.</remarks>
internal sealed record BinaryTarget(string Column, string Positive, string Negative, string How)
{
    public static BinaryTarget Of(DataTable table, string column, string? positive)
    {
        var target = table.Find(column) ?? throw new UserErrorException($"The target '{column}' is not in the prepared data.", "Set data.target in carbet.yaml to one of its columns.");
        var counts = Enumerable.Range(0, table.RowCount).Select(target.Format).Where(v => v is not null).Select(v => v!)
            .GroupBy(Normalize).Select(g => (Label: g.Key, Count: g.Count())).OrderBy(g => g.Count).ThenBy(g => g.Label, StringComparer.Ordinal).ToList();
        if (target.MissingCount > 0)
            throw new UserErrorException($"The target '{column}' is missing in {target.MissingCount} prepared rows.", "Set preparation.missing to drop, or fill the target in the source.");
        if (counts.Count != 2)
            throw new UserErrorException(
                $"The target '{column}' has {counts.Count} {(counts.Count == 1 ? "class" : "classes")} ({string.Join(", ", counts.Take(5).Select(c => c.Label))}), and carbet train needs exactly two.",
                counts.Count < 2 ? "Give data with both outcomes, or choose another target." : "Choose a two-class target, or group the classes into two in preparation.category_mappings.");
        var labels = counts.Select(c => c.Label).ToList();
        if (positive is not null)
        {
            var wanted = Normalize(positive);
            // a yes/no or true/false column read as boolean holds 1 and 0 by the time it is prepared
            if (!labels.Contains(wanted) && labels.Order(StringComparer.Ordinal).SequenceEqual(["0", "1"], StringComparer.Ordinal))
                wanted = wanted is "yes" or "y" or "true" or "t" ? "1" : wanted is "no" or "n" or "false" or "f" ? "0" : wanted;
            return labels.Contains(wanted)
                ? new(column, wanted, labels.Single(l => l != wanted), "data.positive")
                : throw new UserErrorException($"data.positive is '{positive}', which is not a class of '{column}' ({string.Join(", ", labels)}).", "Set data.positive to one of these classes.");
        }
        if (labels.Order(StringComparer.Ordinal).SequenceEqual(["0", "1"], StringComparer.Ordinal))
            return new(column, "1", "0", "1 is positive");
        if (labels.Order(StringComparer.Ordinal).SequenceEqual(["false", "true"], StringComparer.Ordinal))
            return new(column, "true", "false", "true is positive");
        return new(column, labels[0], labels[1], "the rarer class is positive");
    }

    /// <summary>The table with the target replaced by 1 and 0.</summary>
    public DataTable Encode(DataTable table)
    {
        var source = table[Column];
        var values = Enumerable.Range(0, table.RowCount).Select(r => source.Format(r) is { } v && Normalize(v) == Positive ? 1.0 : 0.0).ToArray();
        var encoded = new NumericColumn(Column, ColumnKind.Boolean, values);
        return new DataTable(table.Source, table.Columns.Select(c => c.Name == Column ? encoded : c), [.. table.SourceLines]);
    }

    private static string Normalize(string label) => label.Trim().ToLower(CultureInfo.InvariantCulture) switch
    {
        "1.0" => "1",
        "0.0" => "0",
        var other => other,
    };
}
