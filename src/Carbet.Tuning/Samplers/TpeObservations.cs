using Carbet.Tuning.Spaces;
using Carbet.Tuning.Storage;

namespace Carbet.Tuning.Samplers;

/// <summary>Finished trials ranked best first as Optuna's <c>_get_observation_pairs</c> and <c>_split_observation_pairs</c> do.</summary>
internal static class TpeObservations
{
    /// <summary>Complete and pruned trials, best first; ties keep trial order.</summary>
    public static List<TrialRecord> Rank(IReadOnlyList<TrialRecord> history, StudyDirection direction)
    {
        var sign = direction == StudyDirection.Minimize ? 1.0 : -1.0;
        var keyed = new List<(double Step, double Score, TrialRecord Trial)>();
        foreach (var trial in history)
        {
            if (trial.State == TrialState.Complete && trial.Value is { } value)
                keyed.Add((double.NegativeInfinity, sign * value, trial));
            else if (trial.State == TrialState.Pruned)
                keyed.Add(PrunedKey(trial, sign));
        }
        return [.. keyed.OrderBy(k => k.Step).ThenBy(k => k.Score).Select(k => k.Trial)];
    }

    /// <summary>The parameter's values in <paramref name="trials"/> where it is active, oldest trial first.</summary>
    public static List<double> ValuesOf(IEnumerable<TrialRecord> trials, SearchParameter parameter) =>
        [.. trials.OrderBy(t => t.Number)
            .Where(t => t.Parameters.ContainsKey(parameter.Name))
            .Select(t => t.Parameters[parameter.Name])
            .Where(parameter.Distribution.Contains)];

    // A trial stopped later ranks ahead of one stopped earlier; one with no report ranks last.
    private static (double, double, TrialRecord) PrunedKey(TrialRecord trial, double sign)
    {
        if (trial.IntermediateValues.IsEmpty)
            return (1, 0, trial);
        var (step, value) = trial.IntermediateValues.Last();
        return (-step, double.IsNaN(value) ? double.PositiveInfinity : sign * value, trial);
    }
}
