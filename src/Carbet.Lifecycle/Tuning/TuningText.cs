using System.Globalization;

using Carbet.Tuning.Storage;

namespace Carbet.Lifecycle.Tuning;

/// <summary>A tuning study told in words for the console and the reports.</summary>
public static class TuningText
{
    /// <summary>The study in one sentence: trials by state, why it stopped, the best and default cross-validated score, the most influential hyperparameters.</summary>
    public static string Sentence(TuningOutcome t)
    {
        ArgumentNullException.ThrowIfNull(t);
        var (complete, pruned, failed) = (Count(t, TrialState.Complete), Count(t, TrialState.Pruned), Count(t, TrialState.Failed));
        var defaults = t.Trials.FirstOrDefault(x => x.Number == 0 && x.State == TrialState.Complete)?.Value;
        var gain = defaults is { } d ? string.Create(CultureInfo.InvariantCulture, $" (defaults {d:0.0000})") : "";
        var top = t.Importance.IsEmpty ? "" : string.Create(CultureInfo.InvariantCulture, $"; most influential: {string.Join(", ", t.Importance.Take(3).Select(i => $"{i.Name} {i.Importance:P0}"))}");
        return string.Create(CultureInfo.InvariantCulture,
            $"Tuned {t.Family} in study {t.Study}: {complete + pruned + failed} trials ({complete} complete, {pruned} pruned, {failed} failed), stopped by {Reason(t)}; best CV {t.Metric} {t.BestValue:0.0000}{gain}{top}.");
    }

    /// <summary>A hyperparameter's value as a user reads it: a categorical's label, else the number.</summary>
    public static string Value(Carbet.Modeling.Families.HyperParameter parameter, double value) => TuningRecords.Describe(parameter, value);

    private static int Count(TuningOutcome t, TrialState state) => t.Trials.Count(x => x.State == state);

    private static string Reason(TuningOutcome t) => t.Run.Reason == Carbet.Tuning.Studies.StopReason.MaxTrials ? "the trial budget" : "the time budget";
}
