using Carbet.Core;
using Carbet.Data.Tables;

namespace Carbet.Data.Preparation;

/// <summary>The step being applied, so errors can name it.</summary>
internal sealed record StepContext(int Index, RecipeStep Step)
{
    public UserErrorException Error(string problem, string fix) => new($"Step {Index} ({Step.Type}): {problem}", fix);

    public DataColumn Column(DataTable table, string name) => table.Find(name)
        ?? throw Error($"column '{name}' is not in the table.", $"Use one of: {string.Join(", ", table.Columns.Select(c => c.Name))}.");

    public NumericColumn Numeric(DataTable table, string name) => Column(table, name) as NumericColumn
        ?? throw Error($"column '{name}' is {table[name].Kind}, not numeric.", $"Cast '{name}' to a number first, or pick a numeric column.");

    /// <summary>The named columns, or every column matching the filter when none are named.</summary>
    public List<DataColumn> Columns(DataTable table, IReadOnlyList<string>? names, Func<DataColumn, bool> all) =>
        names is { Count: > 0 } ? [.. names.Select(n => Column(table, n))] : [.. table.Columns.Where(all)];
}
