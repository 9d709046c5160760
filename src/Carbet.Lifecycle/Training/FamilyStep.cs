using System.Globalization;

using Carbet.Core;
using Carbet.Evaluation.Classification;
using Carbet.Lifecycle.DataSteps;
using Carbet.Modeling.Energy;
using Carbet.Modeling.Families;
using Carbet.Modeling.Training;

namespace Carbet.Lifecycle.Training;

/// <summary>One family in its own child run: its hyperparameters (the defaults unless tuned ones are given) as params,
/// then cross-validation, the fit and the test metrics.</summary>
internal sealed class FamilyStep(CarbetContext context, BinaryTrainingRequest request, int folds, GridIntensity grid)
{
    public Task<FamilyOutcome> RunAsync(RecordedRun parent, IModelFamily family, CancellationToken ct) => RunAsync(parent, family, null, null, null, ct);

    /// <summary>As above with tuned values, a leaderboard label and, when the tuning study already cross-validated these
    /// values on the same folds, that result instead of a second cross-validation.</summary>
    public Task<FamilyOutcome> RunAsync(RecordedRun parent, IModelFamily family, HyperParameters? tuned, string? label, CrossValidationResult? knownCv,
        CancellationToken ct) => RunAsync(parent, family, tuned, label, knownCv, FamilyFitOptions.None, ct);

    /// <summary>As above, the final fit continuing from <see cref="FamilyFitOptions.Parent"/> when given; cross-validation always
    /// fits afresh with the same values, since a parent may have been fitted on rows of the held-out folds.</summary>
    public Task<FamilyOutcome> RunAsync(RecordedRun parent, IModelFamily family, HyperParameters? tuned, string? label, CrossValidationResult? knownCv,
        FamilyFitOptions options, CancellationToken ct) =>
        parent.RecordChildAsync(label ?? family.Name, new Dictionary<string, string> { ["carbet.family"] = family.Name }, async child =>
        {
            var parameters = FamilyTrainer.Complete(family, tuned);
            var values = family.Space.Parameters.ToDictionary(p => "hp." + p.Name, p => Lifecycle.Tuning.TuningRecords.Describe(p, parameters.Get(p)));
            values["family"] = family.Name;
            values["cv.folds"] = folds.ToString(CultureInfo.InvariantCulture);
            await child.LogParamsAsync(values, ct);

            var trainer = new FamilyTrainer(context);
            var meter = EnergyMeter.ForThisMachine(context.Time).Start();
            var cv = knownCv ?? await Task.Run(() => trainer.CrossValidate(request with { TestCsvPath = null }, family, parameters, folds, ct), ct);
            await TensorBoardArtifacts.LogAsync(child, family.Name, cv.Curves, context, ct);
            await child.LogParamsAsync(new Dictionary<string, string> { ["cv.method"] = cv.Method }, ct);
            var fit = await Task.Run(() => trainer.Train(request, family, parameters, options, ct), ct);
            var test = BinaryMetrics.Compute(fit.Model.TestProbabilities.AsSpan(), fit.Model.TestLabels.AsSpan(), new BinaryMetricsOptions());
            var outcome = new FamilyOutcome(child.Id, cv, fit, test) { Energy = meter.Stop(), Grid = grid, Label = label ?? family.Name };
            await child.LogParamsAsync(EnergyParams.Of(outcome.Energy, grid), ct);
            await child.LogMetricsAsync(outcome.Metrics(), context.Now, ct);
            return outcome;
        }, ct);
}
