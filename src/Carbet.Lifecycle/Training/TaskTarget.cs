using System.Collections.Immutable;
using System.Globalization;

using Carbet.Core;
using Carbet.Data.Tables;

namespace Carbet.Lifecycle.Training;

/// <summary>The target of a prepared table as multiclass and regression families read it: a class index, or a number.</summary>
/// <remarks>Classes are sorted, numerically when every label is a number and ordinally otherwise, so class k is the k-th label
/// of <see cref="Classes"/> in every run on the same data.</remarks>
internal sealed record TaskTarget(string Column, TaskKind Task, ImmutableArray<string> Classes)
{
    public static TaskTarget Of(DataTable table, string column, TaskKind task)
    {
        var target = table.Find(column) ?? throw new UserErrorException($"The target '{column}' is not in the prepared data.", "Set data.target in carbet.yaml to one of its columns.");
        if (target.MissingCount > 0)
            throw new UserErrorException($"The target '{column}' is missing in {target.MissingCount} prepared rows.", "Set preparation.missing to drop, or fill the target in the source.");
        if (task == TaskKind.Regression)
        {
            return target is NumericColumn { Kind: not ColumnKind.Boolean }
                ? new TaskTarget(column, task, [])
                : throw new UserErrorException($"The target '{column}' is a {target.Kind.ToString().ToLowerInvariant()} column, and a regression needs numbers.",
                    $"Set task: multiclass in carbet.yaml, or set data.types.{column}: number if its values are numbers.");
        }
        var labels = Enumerable.Range(0, table.RowCount).Select(r => target.Format(r)!).Distinct(StringComparer.Ordinal).ToList();
        if (labels.Count < 2)
            throw new UserErrorException($"The target '{column}' has {labels.Count} class ({string.Join(", ", labels)}), and a multiclass model needs at least two.",
                "Give data with more than one class, or choose another target.");
        var numeric = labels.All(l => double.TryParse(l, NumberStyles.Float, CultureInfo.InvariantCulture, out _));
        var sorted = numeric
            ? labels.OrderBy(l => double.Parse(l, NumberStyles.Float, CultureInfo.InvariantCulture)).ThenBy(l => l, StringComparer.Ordinal)
            : labels.Order(StringComparer.Ordinal);
        return new TaskTarget(column, task, [.. sorted]);
    }

    /// <summary>The table with a multiclass target replaced by its class index; a regression table as it is.</summary>
    public DataTable Encode(DataTable table)
    {
        if (Task == TaskKind.Regression)
            return table;
        var source = table[Column];
        var index = Classes.Select((label, i) => (label, i)).ToDictionary(p => p.label, p => (double)p.i, StringComparer.Ordinal);
        var encoded = new NumericColumn(Column, ColumnKind.Integer, [.. Enumerable.Range(0, table.RowCount).Select(r => index[source.Format(r)!])]);
        return new DataTable(table.Source, table.Columns.Select(c => c.Name == Column ? encoded : c), [.. table.SourceLines]);
    }

    /// <summary>Fails with a user error when a class has fewer than <paramref name="folds"/> training rows or no test row,
    /// since its cross-validated or test recall would be undefined.</summary>
    public void CheckCounts(DataTable encoded, IEnumerable<int> trainRows, IEnumerable<int> testRows, int folds)
    {
        if (Task == TaskKind.Regression)
            return;
        var column = (NumericColumn)encoded[Column];
        var (train, test) = (new int[Classes.Length], new int[Classes.Length]);
        foreach (var row in trainRows)
            train[(int)column[row]]++;
        foreach (var row in testRows)
            test[(int)column[row]]++;
        for (var k = 0; k < Classes.Length; k++)
        {
            if (train[k] < folds || test[k] == 0)
            {
                throw new UserErrorException(
                    string.Create(CultureInfo.InvariantCulture, $"Class '{Classes[k]}' of '{Column}' has {train[k]} training and {test[k]} test rows, too few for {folds}-fold cross-validation and a test score."),
                    "Give more rows of that class, group rare classes in preparation.category_mappings, or use fewer folds.");
            }
        }
    }
}
