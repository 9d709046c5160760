using System.Globalization;

using Carbet.Core;
using Carbet.Lifecycle.DataSteps;
using Carbet.Modeling.Energy;
using Carbet.Modeling.Families;
using Carbet.Modeling.Tasks;

namespace Carbet.Lifecycle.Training;

/// <summary>One multiclass or regression family in its own child run: default hyperparameters as params, then
/// cross-validation (its fold metrics also as a TensorBoard file), the fit, the energy of both and the test metrics.</summary>
internal sealed class TaskFamilyStep(CarbetContext context, TaskTrainingRequest request, int folds, GridIntensity grid)
{
    public Task<TaskOutcome> RunAsync(RecordedRun parent, ITaskFamily family, CancellationToken ct) => RunAsync(parent, family, null, null, ct);

    /// <summary>As above with tuned values and a leaderboard label, e.g. <c>lightgbm (tuned)</c>.</summary>
    public Task<TaskOutcome> RunAsync(RecordedRun parent, ITaskFamily family, HyperParameters? tuned, string? label, CancellationToken ct) =>
        parent.RecordChildAsync(label ?? family.Name, new Dictionary<string, string> { ["carbet.family"] = family.Name }, async child =>
        {
            var parameters = TaskTrainer.Complete(family, tuned);
            var values = family.Space.Parameters.ToDictionary(p => "hp." + p.Name, p => Lifecycle.Tuning.TuningRecords.Describe(p, parameters.Get(p)));
            values["family"] = family.Name;
            values["task"] = request.Task.ToString().ToLowerInvariant();
            values["cv.folds"] = folds.ToString(CultureInfo.InvariantCulture);
            await child.LogParamsAsync(values, ct);

            var trainer = new TaskTrainer(context);
            var meter = EnergyMeter.ForThisMachine(context.Time).Start();
            var cv = await Task.Run(() => trainer.CrossValidate(request, family, parameters, folds, ct, withCurves: true), ct);
            await child.LogParamsAsync(new Dictionary<string, string> { ["cv.method"] = cv.Method }, ct);
            var fit = await Task.Run(() => trainer.Fit(request, family, parameters, ct), ct);
            var outcome = TaskOutcome.Evaluate(child.Id, request.Task, cv, fit) with { Energy = meter.Stop(), Grid = grid };
            await TensorBoardArtifacts.LogAsync(child, family.Name, outcome.Curves(), context, ct);
            await child.LogParamsAsync(EnergyParams.Of(outcome.Energy, grid), ct);
            await child.LogMetricsAsync(outcome.Metrics(), context.Now, ct);
            return outcome;
        }, ct);
}
