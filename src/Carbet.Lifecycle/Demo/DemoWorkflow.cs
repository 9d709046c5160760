using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;

using Carbet.Core;
using Carbet.Data.DemoWorld;
using Carbet.Lifecycle.Audit;
using Carbet.Lifecycle.DataSteps;
using Carbet.Lifecycle.Project;
using Carbet.Lifecycle.Training;
using Carbet.Tracking;
using Carbet.Tracking.Registry;

namespace Carbet.Lifecycle.Demo;

/// <summary>Generates the demo world, profiles, validates and prepares it, chooses a model on its known months with
/// carbet train's model selection, records every step, registers the version and points <c>champion</c> at it.</summary>
/// <remarks>A failure ends the current run as failed and registers nothing; earlier runs and versions are never touched.</remarks>
public sealed class DemoWorkflow(IStore store, CarbetContext context)
{
    /// <summary>The logical path of the model file among the run's artifacts.</summary>
    public const string ModelArtifact = TrainWorkflow.ModelArtifact;

    /// <summary>Runs the demo end to end.</summary>
    public async Task<DemoSummary> RunAsync(DemoOptions options, IProgress<WorkflowProgress>? progress, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(options);
        var watch = Stopwatch.StartNew();
        var world = new DemoWorldOptions { Months = options.Months, Seed = options.Seed, ApplicationsPerMonth = options.ApplicationsPerMonth };
        if (options.TrainingMonths < 1 || options.TrainingMonths > options.Months)
            throw new UserErrorException($"Training on {options.TrainingMonths} months is impossible with {options.Months} generated.", "Train on between 1 month and all generated months.");

        var folder = Path.Combine(options.WorkingDirectory, "demo-world", "seed-" + options.Seed.ToString(CultureInfo.InvariantCulture));
        var files = await DemoWorldWriter.WriteAsync(world, folder, progress.Map<DemoWorldProgress>(p => new("Generating the demo world", 0.2 * p.MonthsDone / p.MonthsTotal)), ct);
        var project = ProjectFileLoader.Load(await DemoProject.WriteAsync(folder, ct));

        var profile = await new DataProfileWorkflow(store, context).RunAsync(project, Within(progress, "Profiling", 0.2, 0.35), ct);
        var validation = await new DataValidateWorkflow(store, context).RunAsync(project, suggest: false, Within(progress, "Validating", 0.35, 0.45), ct);
        var prepared = await new DataPrepareWorkflow(store, context).RunAsync(project, Within(progress, "Preparing", 0.45, 0.6), ct);
        var data = new DemoData(profile, validation, prepared);

        var budget = DemoBudget(options, world) with
        {
            ExtraParams = DemoFeatures.Params(options),
            ExtraFiles = ImmutableSortedDictionary<string, string>.Empty.Add("data/manifest.json", Path.Combine(files.Folder, "manifest.json")),
        };
        var train = await new TrainWorkflow(store, context).RunAsync(project, budget, Within(progress, "Training", 0.6, 0.92), ct);
        var audit = await new AuditWorkflow(store, context).RunAsync(project, new AuditOptions { From = train.Version.ToString(CultureInfo.InvariantCulture) },
            Within(progress, "Auditing", 0.92, 0.99), ct);
        progress?.Report(new("Done", 1));
        var run = await store.Runs.GetAsync(train.RunId, ct) ?? throw new InvalidOperationException($"Run {train.RunId} vanished.");
        return new DemoSummary(train.RunId, run.Experiment, project.Name, train.Version, Aliases.Champion, train.Alias?.FromVersion,
            DemoMetrics(train), prepared.PreparedVersion.Id, files.Folder, files.Applications, train.TrainRows, train.TestRows,
            store.Description, store.Artifacts.Root, watch.Elapsed)
        {
            Data = data,
            Threshold = train.Threshold.Description,
            Leaderboard = train.Leaderboard,
            TuningSentence = train.TuningSentence,
            Audit = audit,
        };
    }

    /// <summary>carbet train's model selection on a budget that keeps the demo within two minutes: every family but the
    /// MLP, three folds, and a short study of the best one.</summary>
    public static TrainOptions DemoBudget(DemoOptions options, DemoWorldOptions world) => new()
    {
        Families = ["logistic", "lightgbm", "fasttree", "forest", "sdca", "baseline"],
        Folds = 3,
        Tuning = new TuningSection { Trials = options.TuningTrials, Timeout = TimeSpan.FromSeconds(45) },
        KnownBefore = world.Start.AddMonths(options.TrainingMonths).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc),
        Alias = Aliases.Champion,
        Actor = options.Actor,
    };

    private static ImmutableSortedDictionary<string, double> DemoMetrics(TrainSummary train)
    {
        var winner = train.Winner;
        var metrics = new Dictionary<string, double>
        {
            ["test_auc"] = winner.TestAuc,
            ["test_ks"] = winner.Ks,
            ["decision_threshold"] = train.Threshold.Threshold,
            ["fit_seconds"] = winner.FitTime.TotalSeconds,
        };
        if (winner.TestAucLower is { } lower && winner.TestAucUpper is { } upper)
            (metrics["test_auc_ci_lower"], metrics["test_auc_ci_upper"]) = (lower, upper);
        if (winner.Brier is { } brier)
            metrics["test_brier"] = brier;
        return metrics.ToImmutableSortedDictionary(StringComparer.Ordinal);
    }

    private static IProgress<WorkflowProgress>? Within(IProgress<WorkflowProgress>? progress, string step, double from, double to) =>
        progress.Map<WorkflowProgress>(p => new($"{step}: {p.Step}", from + (to - from) * Math.Clamp(p.Fraction, 0, 1)));
}
