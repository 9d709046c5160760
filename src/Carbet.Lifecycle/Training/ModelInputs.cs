using Carbet.Core;
using Carbet.Data.Tables;
using Carbet.Lifecycle.DataSteps;
using Carbet.Lifecycle.Project;
using Carbet.Modeling.Training;

namespace Carbet.Lifecycle.Training;

/// <summary>The model inputs of a prepared table: every numeric and category column but the target, id, time, sensitive and excluded ones.</summary>
internal static class ModelInputs
{
    public static BinaryTrainingRequest Request(DataTable table, string csvPath, ProjectFile project)
    {
        var data = project.Data;
        string[] declared = [data.Target, data.Id ?? "", data.Time ?? "", project.Preparation.SplitColumn ?? "", .. data.Sensitive, .. data.Exclude];
        // preparation renames columns to snake case, so a declared name is reserved under both spellings
        var reserved = new HashSet<string>(declared.Concat(declared.Where(n => n.Length > 0).Select(PreparationRecipe.Renamed)), StringComparer.Ordinal);
        var inputs = table.Columns.Where(c => !reserved.Contains(c.Name)).ToList();
        return new BinaryTrainingRequest(csvPath, TargetColumn(table, project),
            [.. inputs.Where(c => c.Kind is ColumnKind.Integer or ColumnKind.Number or ColumnKind.Boolean).Select(c => c.Name)],
            [.. inputs.Where(c => c.Kind == ColumnKind.Category).Select(c => c.Name)]);
    }

    /// <summary>The target's name in the prepared table, which preparation may have renamed to snake case.</summary>
    public static string TargetColumn(DataTable table, ProjectFile project) =>
        table.Find(project.Data.Target) is null ? PreparationRecipe.Renamed(project.Data.Target) : project.Data.Target;

    public static TableSchema Signature(DataTable table, BinaryTrainingRequest request) =>
        new(table.Schema.Columns.Where(c => request.NumericFeatures.Contains(c.Name) || request.CategoricalFeatures.Contains(c.Name)));
}
