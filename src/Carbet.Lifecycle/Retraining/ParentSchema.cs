using System.Collections.Immutable;

using Carbet.Core;
using Carbet.Data.Tables;
using Carbet.Lifecycle.Project;
using Carbet.Lifecycle.Training;
using Carbet.Modeling.Training;

namespace Carbet.Lifecycle.Retraining;

/// <summary>Checks that the newest prepared data has the parent's target, positive class and input columns, and narrows the
/// request to those inputs, so the new version reads what the parent read.</summary>
/// <remarks>An input the parent's run planned but its feature selection dropped (<c>features.column.&lt;name&gt;</c> without
/// being in the signature) stays out without complaint; any other new input is a schema change and an error.</remarks>
internal static class ParentSchema
{
    private const string StartAfresh = "or run carbet train to start a new model on the new data";

    public static BinaryTrainingRequest Check(ParentModel parent, DataTable table, ProjectFile project, BinaryTrainingRequest request, BinaryTarget target)
    {
        if (parent.Run.Params.GetValueOrDefault("data.target") is { } oldTarget && oldTarget != request.Target)
            throw new UserErrorException($"{parent.Name} was trained on the target '{oldTarget}', and the newest prepared data's target (data.target) is '{request.Target}'.",
                $"Set data.target in carbet.yaml back to '{oldTarget}', {StartAfresh}.");
        if (parent.Run.Params.GetValueOrDefault("data.positive") is { } oldPositive && oldPositive != target.Positive)
            throw new UserErrorException($"{parent.Name} takes '{oldPositive}' as the positive class of '{request.Target}', and the newest prepared data takes '{target.Positive}' (data.positive).",
                $"Set data.positive in carbet.yaml to '{oldPositive}', {StartAfresh}.");

        var inputs = request.NumericFeatures.Concat(request.CategoricalFeatures).Concat(request.DateFeatures).ToImmutableHashSet(StringComparer.Ordinal);
        var excluded = ModelInputs.Excluded(table, project);
        foreach (var column in parent.Version.InputSignature.Columns)
        {
            if (!inputs.Contains(column.Name))
            {
                var now = table.Find(column.Name) is null ? "does not have" : $"has only as {excluded.GetValueOrDefault(column.Name, "a non-input column")}";
                throw new UserErrorException($"{parent.Name} reads the input column '{column.Name}', which the newest prepared data {now}.",
                    $"Make '{column.Name}' an input again (check data.exclude, data.sensitive and the preparation recipe in carbet.yaml), {StartAfresh}.");
            }
            var kind = table.Schema.Find(column.Name)!.Kind;
            if (ReadAs(kind) != ReadAs(column.Kind))
                throw new UserErrorException($"{parent.Name} reads '{column.Name}' as a {ReadAs(column.Kind)} column, and the newest prepared data has it as a {ReadAs(kind)} column.",
                    $"Restore the column's type in the source or in data.types of carbet.yaml, {StartAfresh}.");
        }
        var planned = parent.Run.Params.Keys.Where(k => k.StartsWith("features.column.", StringComparison.Ordinal)).Select(k => k["features.column.".Length..]);
        var known = parent.Version.InputSignature.Columns.Select(c => c.Name).Concat(planned).ToImmutableHashSet(StringComparer.Ordinal);
        if (inputs.Order(StringComparer.Ordinal).FirstOrDefault(c => !known.Contains(c)) is { } added)
            throw new UserErrorException($"'{added}' is an input column of the newest prepared data but not of {parent.Name}.",
                $"Add '{added}' to data.exclude in carbet.yaml to retrain without it, {StartAfresh}.");

        bool Kept(string column) => parent.Version.InputSignature.Find(column) is not null;
        return request with
        {
            NumericFeatures = [.. request.NumericFeatures.Where(Kept)],
            CategoricalFeatures = [.. request.CategoricalFeatures.Where(Kept)],
            DateFeatures = [.. request.DateFeatures.Where(Kept)],
            // the parent's inputs are the selection: none is run again
            Features = request.Features with { Selection = null },
        };
    }

    private static string ReadAs(ColumnKind kind) => kind switch
    {
        ColumnKind.Integer or ColumnKind.Number or ColumnKind.Boolean => "numeric",
        ColumnKind.Category => "category",
        ColumnKind.DateTime => "date",
        _ => kind.ToString().ToLowerInvariant(),
    };
}
