using System.Globalization;

using Carbet.Core;
using Carbet.Data.Tables;
using Carbet.Lifecycle.DataSteps;
using Carbet.Lifecycle.Project;
using Carbet.Modeling.Features;
using Carbet.Modeling.Training;

namespace Carbet.Lifecycle.Training;

/// <summary>Plans the features of <c>carbet train</c>, runs the optional feature selection, and records both as params.</summary>
internal static class FeatureStep
{
    public static async Task<BinaryTrainingRequest> RunAsync(RecordedRun run, CarbetContext context, DataTable table, ProjectFile project,
        BinaryTrainingRequest request, int folds, IProgress<WorkflowProgress>? progress, CancellationToken ct)
    {
        var plan = await Task.Run(() => FeaturePlanner.Plan(request), ct);
        var values = plan.ToParams().ToDictionary(StringComparer.Ordinal);
        foreach (var (column, reason) in ModelInputs.Excluded(table, project))
            values["features.excluded." + column] = reason;
        values["cv.method"] = request.TimeColumn is { } time ? $"time-ordered expanding window by {time}" : "stratified";
        await run.LogParamsAsync(values, ct);
        if (project.Features.Selection is null)
            return request;

        progress?.Report(new("Selecting features by drop-column cross-validation", 0.03));
        var selection = await Task.Run(() => new FeatureSelector(context).Select(request, folds, ct), ct);
        var outcome = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["features.selection.kept"] = string.Join(",", selection.Kept),
            ["features.selection.baseline_cv_auc"] = selection.BaselineAuc.ToString("R", CultureInfo.InvariantCulture),
        };
        foreach (var trial in selection.Trials)
            outcome["features.selection.column." + trial.Column] = trial.Describe();
        await run.LogParamsAsync(outcome, ct);
        return selection.Apply(request);
    }
}
