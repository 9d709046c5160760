using System.Collections.Immutable;
using System.Globalization;

namespace Carbet.Lifecycle.Project;

/// <summary>The <c>training</c> section of carbet.yaml: which families <c>carbet train</c> compares and how it tunes.</summary>
public sealed record TrainingSection
{
    /// <value>The model families to compare; empty means the defaults of <c>carbet train</c>.</value>
    public ImmutableArray<string> Families { get; init; } = [];

    /// <value>The number of cross-validation folds; null means the default, 5.</value>
    public int? Folds { get; init; }

    /// <value>The tuning budget and method.</value>
    public TuningSection Tuning { get; init; } = new();
}

/// <summary>How a tuning study searches and when it stops.</summary>
public sealed record TuningSection
{
    /// <value>The most trials a study holds; 0 turns tuning off in <c>carbet train</c>. The default is 40.</value>
    public int Trials { get; init; } = 40;

    /// <value>The wall time after which no new trial starts. The default is 10 minutes.</value>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromMinutes(10);

    /// <value><c>tpe</c> or <c>random</c>. The default is tpe.</value>
    public string Sampler { get; init; } = "tpe";

    /// <value><c>median</c>, <c>halving</c> or <c>none</c>. The default is median.</value>
    public string Pruner { get; init; } = "median";

    /// <value>The cross-validation folds each trial is scored on, and the steps the pruner reads. The default is 3, as in
    /// the usual Optuna studies: trials cost 3/5 of a 5-fold evaluation, and the tuned values are then cross-validated
    /// on the leaderboard's folds like every other entry.</value>
    public int Folds { get; init; } = DefaultFolds;

    /// <value>How many trials run at a time, as Optuna's <c>n_jobs</c>; each runs its folds one after another, so the pruner
    /// can stop it after any fold. The default is 2, whatever the cores, because the trials a study samples depend on it.</value>
    public int ParallelTrials { get; init; } = DefaultParallelTrials;

    /// <summary>The trials run at a time when none is set.</summary>
    public const int DefaultParallelTrials = 2;

    /// <summary>The folds a study uses when none is set.</summary>
    public const int DefaultFolds = 3;

    /// <summary>Reads <c>90s</c>, <c>10m</c>, <c>1h</c> or a number of seconds; null when the text is none of these or not positive.</summary>
    public static TimeSpan? ParseDuration(string text) => TrainingSectionReader.TryParseDuration(text);
}

/// <summary>Reads the training section strictly, naming the line of a bad value.</summary>
internal static class TrainingSectionReader
{
    public static readonly string[] Keys = ["families", "folds", "tuning"];
    private static readonly string[] TuningKeys = ["trials", "timeout", "sampler", "pruner", "folds", "parallel_trials"];

    public static TrainingSection Read(YamlMap? map)
    {
        if (map is null)
            return new TrainingSection();
        var folds = map.Number("folds");
        if (folds is { } f && (f != Math.Floor(f) || f is < 2 or > 20))
            throw map.Error("folds", $"'training.folds' is {f.ToString(CultureInfo.InvariantCulture)}.", "Use a whole number from 2 to 20; 5 is usual.");
        return new TrainingSection
        {
            Families = map.Strings("families"),
            Folds = folds is null ? null : (int)folds.Value,
            Tuning = ReadTuning(map.Map("tuning", TuningKeys)),
        };
    }

    private static TuningSection ReadTuning(YamlMap? map)
    {
        if (map is null)
            return new TuningSection();
        var defaults = new TuningSection();
        var trials = map.Number("trials") ?? defaults.Trials;
        if (trials != Math.Floor(trials) || trials is < 0 or > 100_000)
            throw map.Error("trials", $"'training.tuning.trials' is {trials.ToString(CultureInfo.InvariantCulture)}.", "Use a whole number of trials, such as 40; 0 turns tuning off.");
        var folds = map.Number("folds") ?? defaults.Folds;
        if (folds != Math.Floor(folds) || folds is < 2 or > 20)
            throw map.Error("folds", $"'training.tuning.folds' is {folds.ToString(CultureInfo.InvariantCulture)}.", "Use a whole number from 2 to 20; 3 is usual for tuning.");
        var parallel = map.Number("parallel_trials") ?? defaults.ParallelTrials;
        if (parallel != Math.Floor(parallel) || parallel is < 1 or > 64)
            throw map.Error("parallel_trials", $"'training.tuning.parallel_trials' is {parallel.ToString(CultureInfo.InvariantCulture)}.", "Use a whole number from 1 to 64; 2 is the default.");
        return new TuningSection
        {
            Trials = (int)trials,
            Folds = (int)folds,
            ParallelTrials = (int)parallel,
            Timeout = map.String("timeout") is { } text ? ParseDuration(map, text) : defaults.Timeout,
            Sampler = Choice(map, "sampler", ["tpe", "random"]) ?? defaults.Sampler,
            Pruner = Choice(map, "pruner", ["median", "halving", "none"]) ?? defaults.Pruner,
        };
    }

    /// <summary>Reads <c>90s</c>, <c>10m</c>, <c>1h</c> or a number of seconds.</summary>
    public static TimeSpan? TryParseDuration(string text)
    {
        var trimmed = text.Trim();
        var (number, unit) = trimmed.Length > 0 && char.IsLetter(trimmed[^1]) ? (trimmed[..^1], trimmed[^1]) : (trimmed, 's');
        if (!double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !(value > 0) || !double.IsFinite(value))
            return null;
        return unit switch
        {
            's' => TimeSpan.FromSeconds(value),
            'm' => TimeSpan.FromMinutes(value),
            'h' => TimeSpan.FromHours(value),
            _ => null,
        };
    }

    private static TimeSpan ParseDuration(YamlMap map, string text) => TryParseDuration(text)
        ?? throw map.Error("timeout", $"'training.tuning.timeout' is '{text}'.", "Write a positive duration such as 90s, 10m or 1h.");

    private static string? Choice(YamlMap map, string key, string[] allowed) => map.String(key) switch
    {
        null => null,
        var value when allowed.Contains(value) => value,
        var value => throw map.Error(key, $"'training.tuning.{key}' is '{value}'.", $"Write one of: {string.Join(", ", allowed)}."),
    };
}
