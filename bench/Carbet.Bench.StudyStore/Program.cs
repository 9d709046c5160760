using System.Diagnostics;
using System.Globalization;

using Carbet.Tracking;
using Carbet.Tuning.Storage;

// Per trial, as a tuning worker does: start, set 5 parameters, report 3 steps, finish; every 10th trial lists
// every trial of the study. The objective costs nothing, so the time is the store's alone.
// Usage: Carbet.Bench.StudyStore [--trials N] STORE...   (a SQLite path or a PostgreSQL connection string)
var trials = 1000;
var stores = new List<string>();
for (var i = 0; i < args.Length; i++)
{
    if (args[i] == "--trials")
        trials = int.Parse(args[++i], CultureInfo.InvariantCulture);
    else
        stores.Add(args[i]);
}
if (stores.Count == 0)
{
    Console.Error.WriteLine("Usage: Carbet.Bench.StudyStore [--trials N] STORE...  (a SQLite path or a PostgreSQL connection string)");
    return 2;
}

foreach (var location in stores)
{
    await using var store = await StoreFactory.OpenAsync(new StoreOptions { ConnectionString = location }, CancellationToken.None);
    await MeasureAsync(store, 50, quiet: true);   // JIT, connection pool, statement caches
    var (total, parts) = await MeasureAsync(store, trials, quiet: false);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{store.Description}: {trials} trials in {total:F0} ms, {total / trials:F2} ms per trial ({string.Join(", ", parts.Select(p => $"{p.Key} {p.Value / trials:F2}"))})"));
}
return 0;

static async Task<(double Total, SortedDictionary<string, double> Parts)> MeasureAsync(IStore store, int trials, bool quiet)
{
    var ct = CancellationToken.None;
    var studies = store.Studies;
    var study = await studies.OpenStudyAsync($"bench-{Guid.NewGuid():N}", StudyDirection.Maximize, new Dictionary<string, string>(), ct);
    var parts = new SortedDictionary<string, double>(StringComparer.Ordinal) { ["start"] = 0, ["params"] = 0, ["report"] = 0, ["finish"] = 0, ["list"] = 0 };
    var clock = TimeProvider.System;
    var all = Stopwatch.StartNew();
    var step = Stopwatch.StartNew();
    void Lap(string part)
    {
        parts[part] += step.Elapsed.TotalMilliseconds;
        step.Restart();
    }
    for (var i = 0; i < trials; i++)
    {
        step.Restart();
        var trial = (await studies.StartTrialAsync(study.Id, trials, "bench", clock.GetUtcNow(), ct))!;
        Lap("start");
        await studies.SetParametersAsync(trial.Id, new Dictionary<string, double>
        {
            ["learning_rate"] = 0.05 + (i * 1e-4),
            ["num_leaves"] = 31,
            ["min_data_in_leaf"] = 20,
            ["feature_fraction"] = 0.8,
            ["lambda_l2"] = 1e-3,
        }, ct);
        Lap("params");
        for (var s = 0; s < 3; s++)
            await studies.ReportAsync(trial.Id, s, 0.7 + (s * 0.01), ct);
        Lap("report");
        await studies.FinishTrialAsync(trial.Id, TrialState.Complete, 0.75, null, clock.GetUtcNow(), ct);
        Lap("finish");
        if (i % 10 == 9)
        {
            await studies.ListTrialsAsync(study.Id, ct);
            Lap("list");
        }
    }
    var total = all.Elapsed.TotalMilliseconds;
    if (!quiet && (await studies.ListTrialsAsync(study.Id, ct)).Length != trials)
        throw new InvalidOperationException("The study does not hold every trial.");
    return (total, parts);
}
