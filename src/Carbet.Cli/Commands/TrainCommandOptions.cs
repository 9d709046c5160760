using System.Globalization;

using Carbet.Core;
using Carbet.Lifecycle.Project;
using Carbet.Lifecycle.Training;

namespace Carbet.Cli.Commands;

/// <summary>What <c>carbet train</c> runs: the command line first, then the training section of carbet.yaml, then the defaults.</summary>
internal static class TrainCommandOptions
{
    public static TrainOptions Resolve(ProjectFile project, string? families, int? folds, int? trials, string? timeout, string? before = null)
    {
        var defaults = new TrainOptions();
        var tuning = project.Training.Tuning;
        if (trials is { } t)
            tuning = t >= 0 ? tuning with { Trials = t } : throw new UserErrorException($"--trials is {t}.", "Give 0 or more trials; 0 turns tuning off.");
        if (timeout is not null)
            tuning = tuning with { Timeout = TuningSection.ParseDuration(timeout) ?? throw new UserErrorException($"--timeout is '{timeout}'.", "Give a positive duration such as 90s, 10m or 1h.") };
        return new TrainOptions
        {
            Families = families is not null ? [.. families.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)]
                : project.Training.Families.IsEmpty ? defaults.Families : project.Training.Families,
            Folds = folds ?? project.Training.Folds ?? defaults.Folds,
            Tuning = tuning,
            KnownBefore = before is null ? null : ParseDate(before),
        };
    }

    private static DateTime ParseDate(string text) =>
        DateTime.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var date)
            ? date
            : throw new UserErrorException($"--before is '{text}', which is not a date.", "Give it as YYYY-MM-DD, such as 2025-01-01.");
}
