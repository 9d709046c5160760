using Carbet.Tuning.Storage;

namespace Carbet.Tuning.Pruners;

/// <summary>Prunes a trial whose best intermediate value so far is worse than the median of the other finished
/// (complete or pruned) trials' values at the same step, as Optuna's <c>MedianPruner</c>.</summary>
/// <param name="startupTrials">Complete trials needed before anything is pruned; Optuna's default is 5.</param>
/// <param name="warmupSteps">Steps before which a trial is never pruned; Optuna's default is 0.</param>
/// <param name="intervalSteps">Checks happen every this many steps after the warm-up; Optuna's default is 1.</param>
public sealed class MedianPruner(int startupTrials = 5, int warmupSteps = 0, int intervalSteps = 1) : IPruner
{
    /// <inheritdoc/>
    public bool ShouldPrune(IReadOnlyList<TrialRecord> history, TrialRecord trial, StudyDirection direction)
    {
        ArgumentNullException.ThrowIfNull(history);
        ArgumentNullException.ThrowIfNull(trial);
        if (trial.IntermediateValues.IsEmpty || history.Count(t => t.State == TrialState.Complete) < startupTrials)
            return false;
        var step = trial.IntermediateValues.Keys.Max();
        if (step < warmupSteps || !IsFirstInInterval(step, trial))
            return false;
        var values = trial.IntermediateValues.Values.Where(v => !double.IsNaN(v)).ToArray();
        if (values.Length == 0)
            return true;
        var best = direction == StudyDirection.Minimize ? values.Min() : values.Max();
        var others = history
            .Where(t => t.Id != trial.Id && t.State is TrialState.Complete or TrialState.Pruned)
            .Select(t => t.IntermediateValues.TryGetValue(step, out var v) ? v : double.NaN)
            .Where(v => !double.IsNaN(v))
            .ToArray();
        if (others.Length == 0)
            return false;
        var median = Median(others);
        return direction == StudyDirection.Minimize ? best > median : best < median;
    }

    internal static double Median(double[] values)
    {
        Array.Sort(values);
        var middle = values.Length / 2;
        return values.Length % 2 == 1 ? values[middle] : 0.5 * (values[middle - 1] + values[middle]);
    }

    // As Optuna: prune only on the first reported step of each interval after the warm-up.
    private bool IsFirstInInterval(int step, TrialRecord trial)
    {
        var nearestLowerPruningStep = ((step - warmupSteps) / intervalSteps * intervalSteps) + warmupSteps;
        var secondLast = trial.IntermediateValues.Keys.Where(s => s < step).DefaultIfEmpty(-1).Max();
        return secondLast == -1 || secondLast < nearestLowerPruningStep;
    }
}
