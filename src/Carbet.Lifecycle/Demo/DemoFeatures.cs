using System.Globalization;

using Carbet.Core;
using Carbet.Modeling.Training;

namespace Carbet.Lifecycle.Demo;

/// <summary>The parameters the demo run records about its data, features and model.</summary>
internal static class DemoFeatures
{
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
