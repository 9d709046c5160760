using System.Diagnostics;
using System.Globalization;
using System.Text.Json;

using Carbet.Bench.Tuner;
using Carbet.Core;
using Carbet.Tuning.Samplers;
using Carbet.Tuning.Spaces;
using Carbet.Tuning.Storage;
using Carbet.Tuning.Studies;

// Usage: dotnet run -c Release --project bench/Carbet.Bench.Tuner [-- <optuna results/tuner.json> [<seeds, default 10>]]
var optunaPath = args.Length > 0 ? args[0] : "/work/shared/bench/results/tuner.json";
var seedCount = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 10;
using var optuna = JsonDocument.Parse(File.ReadAllText(optunaPath));
var quality = optuna.RootElement.GetProperty("quality");
const int Trials = 50;
var seeds = Enumerable.Range(0, seedCount).ToArray();

Console.WriteLine($"Carbet TPE vs Optuna 3.1 TPE: {Trials} trials, seeds {seeds[0]}..{seeds[^1]}, best value per seed (minimised)");
Console.WriteLine();
Console.WriteLine("| objective | global min | Carbet median | Carbet p25 | Carbet p75 | Optuna median | Carbet ≤ Optuna |");
Console.WriteLine("|---|---|---|---|---|---|---|");
foreach (var objective in Objectives.All)
{
    var best = new List<double>();
    foreach (var seed in seeds)
        best.Add(await BestValueAsync(objective, seed));
    var (p25, p50, p75) = (Percentile(best, 25), Percentile(best, 50), Percentile(best, 75));
    var reference = quality.GetProperty(objective.Key);
    var optunaMedian = reference.GetProperty("median").GetDouble();
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"| {objective.Key} | {reference.GetProperty("global_min").GetDouble():G6} | {p50:G6} | {p25:G6} | {p75:G6} | {optunaMedian:G6} | {(p50 <= optunaMedian ? "yes" : "no")} |"));
}

Console.WriteLine();
Console.WriteLine("| sampler | in-memory ms/trial, Carbet (1,000 trials of x²) | Optuna |");
Console.WriteLine("|---|---|---|");
var overhead = optuna.RootElement.GetProperty("overhead");
foreach (var (name, sampler) in new (string, ISampler)[] { ("random", new RandomSampler()), ("tpe", new TpeSampler()) })
{
    var ms = await OverheadMsPerTrialAsync(sampler);
    var reference = overhead.GetProperty($"{name}_inmemory").GetProperty("ms_per_trial").GetDouble();
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {name} | {ms:F3} | {reference:F3} |"));
}

static async Task<double> BestValueAsync(BenchObjective objective, int seed)
{
    var study = await Study.OpenAsync(new InMemoryStudyStorage(), objective.Key,
        new StudyOptions { Space = objective.Space, Sampler = new TpeSampler(), Context = new CarbetContext(seed) }, CancellationToken.None);
    var result = await study.OptimizeAsync((trial, _) => Task.FromResult(objective.Evaluate(trial)), StudyBudget.Trials(Trials), "bench", null, CancellationToken.None);
    return result.Best!.Value!.Value;
}

static async Task<double> OverheadMsPerTrialAsync(ISampler sampler)
{
    const int OverheadTrials = 1000;
    var space = new SearchSpace([new("x", Distribution.Float(-10, 10))]);
    var study = await Study.OpenAsync(new InMemoryStudyStorage(), "overhead",
        new StudyOptions { Space = space, Sampler = sampler, Context = new CarbetContext(0) }, CancellationToken.None);
    var clock = Stopwatch.StartNew();
    await study.OptimizeAsync((trial, _) => Task.FromResult(trial.Get("x") * trial.Get("x")), StudyBudget.Trials(OverheadTrials), "bench", null, CancellationToken.None);
    return clock.Elapsed.TotalMilliseconds / OverheadTrials;
}

// numpy.percentile's default (linear interpolation between order statistics).
static double Percentile(List<double> values, double percent)
{
    var sorted = values.Order().ToArray();
    var rank = percent / 100.0 * (sorted.Length - 1);
    var (lower, upper) = ((int)Math.Floor(rank), (int)Math.Ceiling(rank));
    return sorted[lower] + ((rank - lower) * (sorted[upper] - sorted[lower]));
}
