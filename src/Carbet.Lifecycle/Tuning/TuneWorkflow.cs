using System.Globalization;

using Carbet.Core;
using Carbet.Core.Reports;
using Carbet.Lifecycle.DataSteps;
using Carbet.Lifecycle.Project;
using Carbet.Lifecycle.Training;
using Carbet.Modeling.Energy;
using Carbet.Modeling.Families;
using Carbet.Modeling.Tasks;
using Carbet.Tracking;

namespace Carbet.Lifecycle.Tuning;

/// <summary>What <c>carbet tune</c> searches and for how long.</summary>
public sealed record TuneOptions
{
    /// <value>The family to tune. The default is lightgbm.</value>
    public string Family { get; init; } = "lightgbm";

    /// <value>Cross-validation folds, the steps the pruner reads; null takes <see cref="TuningSection.Folds"/> (3 unless set),
    /// as <c>carbet train</c> does, so that it resumes the study.</value>
    public int? Folds { get; init; }

    /// <value>The budget and method; null takes the project's <c>training.tuning</c>.</value>
    public TuningSection? Tuning { get; init; }

    /// <value>The study's name; null derives it from the project, family and objective, as <c>carbet train</c> does, so a
    /// later <c>carbet train</c> resumes the same study.</value>
    public string? Study { get; init; }
}

/// <summary>What one <c>carbet tune</c> worker did and what the whole study knows.</summary>
public sealed record TuneSummary(string RunId, string Worker, TuningOutcome Outcome, EnergyMeasurement Energy);

/// <summary><c>carbet tune</c>: a tuning study on the newest prepared dataset version. Several processes on one or many
/// machines may run it against one store (PostgreSQL for many machines); they share the study's trials and budget.</summary>
public sealed class TuneWorkflow(IStore store, CarbetContext context)
{
    /// <summary>Runs trials until the study's budget is spent, records them in a <c>tune</c> run, and reports.</summary>
    /// <remarks>A binary project's study maximises the cross-validated AUC; a multiclass one the macro-F1; a regression one
    /// minimises the RMSE: the score <c>carbet train</c> ranks by.</remarks>
    public async Task<TuneSummary> RunAsync(ProjectFile project, TuneOptions options, IProgress<WorkflowProgress>? progress, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(project);
        ArgumentNullException.ThrowIfNull(options);
        var settings = options.Tuning ?? project.Training.Tuning;
        if (options.Folds is { } folds)
            settings = settings with { Folds = folds };
        if (settings.Trials < 1)
            throw new UserErrorException("The tuning budget allows no trial.", "Give --trials 1 or more, or set training.tuning.trials in carbet.yaml.");
        var work = Directory.CreateTempSubdirectory("carbet-tune-");
        try
        {
            return project.Task == TaskKind.Binary
                ? await RunBinaryAsync(project, options, settings, work.FullName, progress, ct)
                : await RunTaskAsync(project, options, settings, work.FullName, progress, ct);
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    private async Task<TuneSummary> RunBinaryAsync(ProjectFile project, TuneOptions options, TuningSection settings, string work,
        IProgress<WorkflowProgress>? progress, CancellationToken ct)
    {
        var family = ModelFamilies.Get(options.Family);
        if (ModelFamilies.Unavailable(family) is { } reason)
            throw new UserErrorException($"The {family.Name} family cannot run here: {reason}", "Tune another family, such as lightgbm.");
        var (version, table, _, _, request) = await TrainingInputs.LoadAsync(store, context, project, work, progress, ct);
        return await RecordedRun.RecordAsync(store, project.Name, "tune", project.Folder, "tune", async run =>
        {
            // the features carbet train chooses, on the leaderboard's folds, so that the study is the one train resumes
            request = await FeatureStep.RunAsync(run, context, table, project, request, LeaderboardFolds(project), progress, ct);
            var study = options.Study ?? TuningRecords.StudyName(project, family, version.ContentHash, request, settings.Folds, context.Seed);
            var session = await Task.Run(() => new CrossValidationSession(context, request with { TestCsvPath = null }, settings.Folds)
            {
                MaxFoldsInParallel = Math.Max(1, Environment.ProcessorCount / settings.ParallelTrials),
            }, ct);
            return await TuneAsync(run, project, options, settings, version.Id, study, TuningObjective.Auc(session, family), TuningObjective.Tuned(family), progress, ct);
        }, ct);
    }

    private async Task<TuneSummary> RunTaskAsync(ProjectFile project, TuneOptions options, TuningSection settings, string work,
        IProgress<WorkflowProgress>? progress, CancellationToken ct)
    {
        var family = TaskFamilies.Get(project.Task, options.Family);
        var inputs = await TaskTrainingInputs.LoadAsync(store, context, project, work, null, LeaderboardFolds(project), progress, ct);
        return await RecordedRun.RecordAsync(store, project.Name, "tune", project.Folder, "tune", async run =>
        {
            var study = options.Study ?? TuningRecords.StudyName(project, family, inputs.Version.ContentHash, inputs.Request, settings.Folds, context.Seed);
            var objective = TaskTuningObjective.Of(context, inputs.Request, family, settings.Folds);
            return await TuneAsync(run, project, options, settings, inputs.Version.Id, study, objective, TaskTuningObjective.Tuned(family), progress, ct);
        }, ct);
    }

    private async Task<TuneSummary> TuneAsync(RecordedRun run, ProjectFile project, TuneOptions options, TuningSection settings, string datasetVersionId,
        string study, TuningObjective objective, TunedFamily family, IProgress<WorkflowProgress>? progress, CancellationToken ct)
    {
        var parameters = TuningRecords.Settings(study, family.Name, settings);
        parameters["dataset.version_id"] = datasetVersionId;
        parameters["cv.folds"] = settings.Folds.ToString(CultureInfo.InvariantCulture);
        parameters["seed"] = context.Seed.ToString(CultureInfo.InvariantCulture);
        parameters["tuning.worker"] = Workers.Id;
        parameters["tuning.metric"] = objective.Metric;
        await run.LogParamsAsync(parameters, ct);

        var meter = EnergyMeter.ForThisMachine(context.Time).Start();
        var outcome = await new FamilyTuner(context, objective, settings).TuneAsync(store.Studies, study, family, Workers.Id, progress, ct);
        var energy = meter.Stop();
        await TuningRecords.LogAsync(run, outcome, context, ct);
        var grid = project.EnergyTerritory is { } territory ? GridIntensity.For(territory) : GridIntensity.World;
        await run.LogParamsAsync(EnergyParams.Of(energy, grid), ct);
        await run.LogMetricsAsync(new Dictionary<string, double> { ["energy_wh"] = energy.EnergyWh, ["co2e_g"] = energy.Co2eGrams(grid) }, context.Now, ct);
        var document = new ReportDocument($"carbet tune: {study}", TuningReport.Sections(outcome));
        await run.LogTextAsync("reports/tune.html", HtmlReportRenderer.Render(document), ct);
        await run.LogTextAsync("reports/tune.json", TuningReport.JsonText(outcome), ct);
        return new TuneSummary(run.Id, Workers.Id, outcome, energy);
    }

    private static int LeaderboardFolds(ProjectFile project) => project.Training.Folds ?? new TrainOptions().Folds;
}
