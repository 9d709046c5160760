using System.Globalization;

using Carbet.Core;
using Carbet.Data.Tables;
using Carbet.Lifecycle.Project;
using Carbet.Modeling.Training;

namespace Carbet.Lifecycle.Demo;

/// <summary>The model inputs of the prepared demo table: every numeric and category column but the target, id, time and sensitive attributes.</summary>
internal static class DemoFeatures
{
    public static BinaryTrainingRequest Request(DataTable table, string csvPath, ProjectFile project)
    {
        var data = project.Data;
        var reserved = new HashSet<string>([data.Target, data.Id ?? "", data.Time ?? "", .. data.Sensitive, .. data.Exclude], StringComparer.Ordinal);
        var inputs = table.Columns.Where(c => !reserved.Contains(c.Name)).ToList();
        return new BinaryTrainingRequest(csvPath, data.Target,
            [.. inputs.Where(c => c.Kind is ColumnKind.Integer or ColumnKind.Number or ColumnKind.Boolean).Select(c => c.Name)],
            [.. inputs.Where(c => c.Kind == ColumnKind.Category).Select(c => c.Name)]);
    }

    public static Dictionary<string, string> Params(CarbetContext context, DemoOptions options, BinaryTrainingRequest request, string datasetVersion) =>
        new(request.Settings.ToParams())
        {
            ["seed"] = context.Seed.ToString(CultureInfo.InvariantCulture),
            ["demo.months"] = options.Months.ToString(CultureInfo.InvariantCulture),
            ["demo.applications_per_month"] = options.ApplicationsPerMonth.ToString(CultureInfo.InvariantCulture),
            ["demo.training_months"] = options.TrainingMonths.ToString(CultureInfo.InvariantCulture),
            ["data.dataset_version"] = datasetVersion,
            ["data.target"] = request.Target,
            ["data.train_before"] = request.TrainBefore?.Before.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "",
            ["data.test_fraction"] = request.TestFraction.ToString("R", CultureInfo.InvariantCulture),
            ["features.numeric"] = string.Join(",", request.NumericFeatures),
            ["features.categorical"] = string.Join(",", request.CategoricalFeatures),
            ["family"] = "lightgbm",
        };
}
