using Carbet.Tuning.Storage;

namespace Carbet.Tuning.Pruners;

/// <summary>Asynchronous successive halving, as Optuna's <c>SuccessiveHalvingPruner</c>: at each rung (step
/// <c>minResource × reductionFactor^(minEarlyStoppingRate + rung)</c>) a trial goes on only if it is in the top
/// 1/<c>reductionFactor</c> of the trials that reached that rung.</summary>
/// <remarks>A trial's value at a rung is its value at the first reported step at or after the rung, so rungs
/// are read back from storage rather than kept per process.</remarks>
/// <param name="minResource">Steps before the first rung; at least 1.</param>
/// <param name="reductionFactor">How sharply each rung narrows; Optuna's default is 4.</param>
/// <param name="minEarlyStoppingRate">Rungs skipped at the start; Optuna's default is 0.</param>
public sealed class SuccessiveHalvingPruner(int minResource = 1, int reductionFactor = 4, int minEarlyStoppingRate = 0) : IPruner
{
    /// <summary>The step at which <paramref name="rung"/> is reached.</summary>
    public long RungStep(int rung) => minResource * (long)Math.Pow(reductionFactor, minEarlyStoppingRate + rung);

    /// <inheritdoc/>
    public bool ShouldPrune(IReadOnlyList<TrialRecord> history, TrialRecord trial, StudyDirection direction)
    {
        ArgumentNullException.ThrowIfNull(history);
        ArgumentNullException.ThrowIfNull(trial);
        if (trial.IntermediateValues.IsEmpty)
            return false;
        var (step, value) = trial.IntermediateValues.Last();
        for (var rung = 0; RungStep(rung) <= step; rung++)
        {
            if (RungValue(trial, rung) is not { } reached || reached.Step != step)
                continue;
            if (double.IsNaN(value))
                return true;
            var competing = history.Where(t => t.Id != trial.Id)
                .Select(t => RungValue(t, rung)).OfType<(int Step, double Value)>()
                .Select(r => r.Value).Append(value).ToList();
            if (!IsPromotable(value, competing, direction))
                return true;
        }
        return false;
    }

    private (int Step, double Value)? RungValue(TrialRecord trial, int rung)
    {
        var rungStep = RungStep(rung);
        foreach (var (step, value) in trial.IntermediateValues)
        {
            if (step >= rungStep)
                return (step, value);
        }
        return null;
    }

    // As Optuna: the top len/eta go on; while fewer than eta trials competed, only the best does.
    private bool IsPromotable(double value, List<double> competing, StudyDirection direction)
    {
        var index = Math.Max((competing.Count / reductionFactor) - 1, 0);
        competing.Sort();
        return direction == StudyDirection.Maximize ? value >= competing[^(index + 1)] : value <= competing[index];
    }
}
