using System.Collections.Immutable;

using Carbet.Core;
using Carbet.Data.Tables;
using Carbet.Lifecycle.DataSteps;
using Carbet.Lifecycle.Project;
using Carbet.Modeling.Training;

namespace Carbet.Lifecycle.Training;

/// <summary>The model inputs of a prepared table: every number, category and date column but the target, id, time,
/// excluded and sensitive ones (unless <c>features.allow_sensitive</c> names them).</summary>
internal static class ModelInputs
{
    public static BinaryTrainingRequest Request(DataTable table, string csvPath, ProjectFile project)
    {
        var reasons = Excluded(table, project);
        var inputs = table.Columns.Where(c => !reasons.ContainsKey(c.Name)).ToList();
        return new BinaryTrainingRequest(csvPath, InTable(table, project.Data.Target),
            [.. inputs.Where(c => c.Kind is ColumnKind.Integer or ColumnKind.Number or ColumnKind.Boolean).Select(c => c.Name)],
            [.. inputs.Where(c => c.Kind == ColumnKind.Category).Select(c => c.Name)])
        {
            DateFeatures = [.. inputs.Where(c => c.Kind == ColumnKind.DateTime).Select(c => c.Name)],
            TimeColumn = project.Data.Time is { } time && table.Find(InTable(table, time)) is not null ? InTable(table, time) : null,
            Features = project.Features,
        };
    }

    /// <summary>Each column of the table that is not a feature, with the reason, e.g. <c>sensitive (data.sensitive)</c>.</summary>
    public static ImmutableSortedDictionary<string, string> Excluded(DataTable table, ProjectFile project)
    {
        var data = project.Data;
        var allowed = project.Features.AllowSensitive;
        var declared = new List<(string Name, string Reason)> { (data.Target, "target") };
        if (data.Id is { } id)
            declared.Add((id, "id"));
        if (data.Time is { } time)
            declared.Add((time, "time (orders rows; not a feature)"));
        declared.AddRange(data.Sensitive.Where(s => !allowed.Contains(s)).Select(s => (s, "sensitive (data.sensitive; allow with features.allow_sensitive)")));
        declared.AddRange(data.Exclude.Select(e => (e, "excluded (data.exclude)")));
        if (project.Preparation.SplitColumn is { } split)
            declared.Add((split, "split (preparation.split.column)"));
        var reasons = new Dictionary<string, string>(StringComparer.Ordinal);
        // preparation renames columns to snake case, so a declared name is reserved under both spellings
        foreach (var (name, reason) in declared.Where(d => d.Name.Length > 0))
        {
            reasons.TryAdd(name, reason);
            reasons.TryAdd(PreparationRecipe.Renamed(name), reason);
        }
        foreach (var column in table.Columns.Where(c => c.Kind is ColumnKind.Text or ColumnKind.Identifier))
            reasons.TryAdd(column.Name, $"{column.Kind.ToString().ToLowerInvariant()} column");
        return reasons.Where(r => table.Find(r.Key) is not null).ToImmutableSortedDictionary(StringComparer.Ordinal);
    }

    /// <summary>The target's name in the prepared table, which preparation may have renamed to snake case.</summary>
    public static string TargetColumn(DataTable table, ProjectFile project) => InTable(table, project.Data.Target);

    public static TableSchema Signature(DataTable table, BinaryTrainingRequest request) =>
        new(table.Schema.Columns.Where(c => request.NumericFeatures.Contains(c.Name) || request.CategoricalFeatures.Contains(c.Name)
            || request.DateFeatures.Contains(c.Name)));

    /// <summary>A project column's name in the prepared table, which preparation may have renamed to snake case.</summary>
    public static string InTable(DataTable table, string name) => table.Find(name) is null ? PreparationRecipe.Renamed(name) : name;
}
