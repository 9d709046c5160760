using System.Collections.Immutable;

using Carbet.Tuning.Spaces;
using Carbet.Tuning.Storage;

namespace Carbet.Tuning.Importance;

/// <summary>Hyperparameter importance as Optuna's <c>MeanDecreaseImpurityImportanceEvaluator</c>: a random forest of
/// regression trees fitted from parameters to value on the complete trials, each parameter credited with the impurity
/// its splits remove (a categorical's one-hot columns summed).</summary>
/// <remarks>Uses the parameters active in every complete trial, as Optuna uses the intersection of trials' spaces;
/// log parameters enter on the log scale.</remarks>
/// <param name="trees">Trees in the forest; Optuna's default is 64.</param>
/// <param name="maxDepth">Deepest split; Optuna's default is 64.</param>
public sealed class ImpurityImportanceEvaluator(int trees = 64, int maxDepth = 64)
{
    /// <summary>Importances of <paramref name="space"/>'s parameters from <paramref name="trials"/>, largest first, summing to 1.</summary>
    /// <returns>Empty when fewer than two trials completed or no parameter is active in all of them.</returns>
    public ImmutableArray<ParameterImportance> Evaluate(IReadOnlyList<TrialRecord> trials, SearchSpace space, Random random)
    {
        ArgumentNullException.ThrowIfNull(trials);
        ArgumentNullException.ThrowIfNull(space);
        ArgumentNullException.ThrowIfNull(random);
        var complete = trials.Where(t => t.State == TrialState.Complete && t.Value is { } v && double.IsFinite(v)).ToList();
        var parameters = space.Parameters.Where(p => complete.All(t => t.Parameters.ContainsKey(p.Name))).ToList();
        if (complete.Count < 2 || parameters.Count == 0)
            return [];
        var (features, owners) = Encode(complete, parameters);
        var targets = complete.Select(t => t.Value!.Value).ToArray();
        var columnImportance = new RegressionForest(trees, maxDepth).FeatureImportances(features, targets, random);
        var byParameter = new double[parameters.Count];
        for (var column = 0; column < owners.Count; column++)
            byParameter[owners[column]] += columnImportance[column];
        var total = byParameter.Sum();
        return [.. parameters.Select((p, i) => new ParameterImportance(p.Name, total > 0 ? byParameter[i] / total : 1.0 / parameters.Count))
            .OrderByDescending(p => p.Importance).ThenBy(p => p.Name, StringComparer.Ordinal)];
    }

    private static (double[][] Rows, List<int> Owners) Encode(List<TrialRecord> trials, List<SearchParameter> parameters)
    {
        var owners = new List<int>();
        for (var i = 0; i < parameters.Count; i++)
        {
            var d = parameters[i].Distribution;
            owners.AddRange(Enumerable.Repeat(i, d.Kind == DistributionKind.Categorical ? d.Choices.Length : 1));
        }
        var rows = trials.Select(t =>
        {
            var row = new List<double>(owners.Count);
            foreach (var p in parameters)
            {
                var value = t.Parameters[p.Name];
                if (p.Distribution.Kind == DistributionKind.Categorical)
                    row.AddRange(Enumerable.Range(0, p.Distribution.Choices.Length).Select(c => c == (int)value ? 1.0 : 0.0));
                else
                    row.Add(p.Distribution.IsLog ? Math.Log(value) : value);
            }
            return row.ToArray();
        }).ToArray();
        return (rows, owners);
    }
}
